import { resolvePlaceholder } from '../placeholder-resolve';
import { placeholderAttrs, placeholderText } from '../schema';
import type { Check } from './check-input';
import type { Finding } from './finding';

/** Slots still to fill, and variables or figures that read as nothing yet: the speech cannot go out with them. */
export const placeholderCheck: Check = ({ doc, context }) => {
  const findings: Finding[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'placeholder') return node.isBlock;
    const attrs = placeholderAttrs(node);
    const resolution = resolvePlaceholder(attrs, context);
    if (resolution.resolved) return false;
    const text = placeholderText(attrs);
    const problem = resolution.problem ?? '';
    findings.push(
      attrs.kind === 'slot'
        ? { kind: 'unfilled-slot', message: `slot '${attrs.key}' is not filled`, text, from: pos, to: pos + node.nodeSize, params: { key: attrs.key } }
        : { kind: 'unresolved-placeholder', message: problem, text, from: pos, to: pos + node.nodeSize, params: { key: attrs.key, placeholder: attrs.kind } },
    );
    return false;
  });
  return findings;
};
