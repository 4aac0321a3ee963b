import { Fragment, type Mark, type Node } from 'prosemirror-model';
import { resolvePlaceholder, type Resolution, type ResolutionContext } from '../placeholder-resolve';
import { placeholderAttrs, speechSchema, type PlaceholderAttrs } from '../schema';

/**
 * 定稿: a speech whose placeholders have all become text, so that the version reads the same whatever the store
 * holds later. Pure; the host stores the result as a frozen version and the text export prints it.
 */

export interface FrozenDoc {
  doc: Node;
  /** Placeholders that had no value and were kept as their fallback text. */
  unresolved: number;
}

/**
 * The provenance mark's attributes. A variable or slot keeps only what it was (kind and key), and whether it
 * had a value; so does an unresolved figure, whose fallback text quotes no figure.
 */
function provenanceAttrs(attrs: PlaceholderAttrs, resolution: Resolution): Record<string, unknown> {
  const found = resolution.provenance;
  if (attrs.kind !== 'indicator' || !resolution.resolved || !found) return { kind: attrs.kind, key: attrs.key, resolved: resolution.resolved };
  return {
    kind: attrs.kind,
    resolved: true,
    key: attrs.key,
    indicator: found.indicator,
    periodLabel: found.periodLabel,
    value: found.value,
    unit: found.unit,
    source: found.source ?? '',
    changedAt: found.changedAt,
  };
}

/**
 * The text a placeholder becomes. Title, meta line and salutation allow no marks, so text there carries none:
 * only variables stand in those lines, and their value reads for itself.
 */
function frozenText(placeholder: Node, parent: Node, resolution: Resolution): Node | undefined {
  // A placeholder without fallback or key reads as nothing, and ProseMirror has no empty text nodes.
  if (resolution.text === '') return undefined;
  const provenance = speechSchema.marks.provenance;
  const marks: readonly Mark[] = parent.type.allowsMarkType(provenance)
    ? provenance.create(provenanceAttrs(placeholderAttrs(placeholder), resolution)).addToSet(placeholder.marks)
    : [];
  return speechSchema.text(resolution.text, marks);
}

/** The speech with every placeholder replaced by its resolved text, marked with where it came from. */
export function freezeDoc(doc: Node, context: ResolutionContext): FrozenDoc {
  let unresolved = 0;
  const freeze = (node: Node): Node => {
    if (node.isLeaf) return node;
    const children: Node[] = [];
    node.forEach((child) => {
      if (child.type !== speechSchema.nodes.placeholder) {
        children.push(freeze(child));
        return;
      }
      const resolution = resolvePlaceholder(placeholderAttrs(child), context);
      if (!resolution.resolved) unresolved++;
      const text = frozenText(child, node, resolution);
      if (text) children.push(text);
    });
    return node.copy(Fragment.fromArray(children));
  };
  const frozen = freeze(doc);
  frozen.check();
  return { doc: frozen, unresolved };
}
