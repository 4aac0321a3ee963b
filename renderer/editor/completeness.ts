import type { Node } from 'prosemirror-model';
import type { PlaceholderEntry } from './plugins/resolution';
import type { Gap } from './types';

/** Characters of context each side of a gap: enough to recognise the sentence in the panel. */
export const GAP_CONTEXT = 16;

/** A block's text before and after the child at `pos`, placeholders read as they show now, cut to GAP_CONTEXT. */
function contextAround(doc: Node, pos: number, shows: ReadonlyMap<number, string>): Pick<Gap, 'before' | 'after' | 'clipped'> {
  const $pos = doc.resolve(pos);
  const start = $pos.start();
  let before = '';
  let after = '';
  $pos.parent.forEach((child, offset) => {
    const at = start + offset;
    if (at === pos) return;
    const text = child.isText ? (child.text ?? '') : (shows.get(at) ?? child.textContent);
    if (at < pos) before += text;
    else after += text;
  });
  return {
    before: before.slice(-GAP_CONTEXT),
    after: after.slice(0, GAP_CONTEXT),
    clipped: { before: before.length > GAP_CONTEXT, after: after.length > GAP_CONTEXT },
  };
}

/**
 * 完整性: what keeps the speech from being final, in document order — figures the store lacks, slots to fill and
 * variables not set — each with the text around it, so that the writer knows which one without jumping.
 */
export function completenessGaps(doc: Node, entries: readonly PlaceholderEntry[]): Gap[] {
  const shows = new Map(entries.map((entry) => [entry.pos, entry.resolution.text]));
  return entries.flatMap((entry) => {
    if (entry.resolution.resolved || !entry.problem) return [];
    return [{ pos: entry.pos, kind: entry.attrs.kind, key: entry.attrs.key, shows: entry.resolution.text, problem: entry.problem, ...contextAround(doc, entry.pos, shows) }];
  });
}
