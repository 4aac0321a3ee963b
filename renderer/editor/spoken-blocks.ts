import type { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../../common/numbering';
import type { SpokenBlock } from '../../common/speaking-time';
import type { PlaceholderEntry } from './plugins/resolution';

const SPOKEN_KINDS: ReadonlySet<string> = new Set<SpokenBlock['kind']>(['salutation', 'heading', 'paragraph']);

/**
 * The speech's blocks as the speaker reads them: every figure chip as its resolved text (12.35亿元, not X亿元),
 * with the computed numbers, which are said too. The title and meta line are announced by the chair, not read.
 */
export function spokenBlocks(doc: Node, numbered: readonly NumberedBlock[], entries: readonly PlaceholderEntry[]): SpokenBlock[] {
  const labels = new Map(numbered.map((block) => [block.pos, block.label]));
  const shows = new Map(entries.map((entry) => [entry.pos, entry.resolution.text]));
  const blocks: SpokenBlock[] = [];
  doc.forEach((node, pos) => {
    if (!SPOKEN_KINDS.has(node.type.name)) return;
    let text = '';
    node.forEach((child, offset) => {
      text += child.isText ? (child.text ?? '') : (shows.get(pos + 1 + offset) ?? child.textContent);
    });
    const kind = node.type.name as SpokenBlock['kind'];
    const level = kind === 'heading' ? (node.attrs.level as number) : kind === 'paragraph' ? (node.attrs.point as number) : 0;
    blocks.push({ pos, kind, level, label: labels.get(pos) ?? '', text });
  });
  return blocks;
}
