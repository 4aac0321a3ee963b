import { TextSelection, type EditorState } from 'prosemirror-state';
import type { MarkType } from 'prosemirror-model';
import { yUndoPluginKey } from 'y-prosemirror';
import { countDocumentCharacters } from '../../common/characters';
import { readSpeechLayout, type SpeechLayout } from '../../common/export/layout-settings';
import type { Level } from '../../common/numbering-style';
import { speechSchema } from '../../common/schema';
import { speechTitle } from '../../common/seed';
import { currentNumbering } from './plugins/numbering';
import { currentVariables } from './plugins/variables';
import { placeholderEntries } from './plugins/resolution';
import { completenessGaps } from './completeness';
import { spokenBlocks } from './spoken-blocks';
import { blockDisplayText } from '../../common/placeholder-display';
import type { Node } from 'prosemirror-model';
import type { SpokenBlock } from '../../common/speaking-time';
import { perBlock } from '../../common/block-cache';
import type { CollaborationUser, EditorSnapshot, Gap, OutlineEntry, SaveState } from './types';

export interface ConnectionSnapshot {
  ready: boolean;
  saveState: SaveState;
  /** Local changes the host has not acknowledged; 0 when not given. */
  unsynced?: number;
  peers: CollaborationUser[];
}

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return type.isInSet(state.storedMarks ?? $from.marks()) !== undefined;
  return state.doc.rangeHasMark(from, to, type);
}

/** The title line as the page shows it, variables read with their values. */
function displayTitle(doc: Node, variables: Readonly<Record<string, string>>): string {
  const first = doc.firstChild;
  return first && first.type === speechSchema.nodes.title ? blockDisplayText(first, variables).trim() : speechTitle(doc);
}

/** Variable keys in order of first use, and the number of slots, in one pass over the text. */
function placeholderUse(doc: Node): { usedVariables: string[]; slots: number } {
  const keys = new Set<string>();
  let slots = 0;
  doc.descendants((node) => {
    if (node.type !== speechSchema.nodes.placeholder) return !node.isInline;
    if (node.attrs.kind === 'variable') keys.add(node.attrs.key as string);
    if (node.attrs.kind === 'slot') slots += 1;
    return false;
  });
  return { usedVariables: [...keys], slots };
}

/** A value remembered for the identities it was computed from (editor states share unchanged parts). */
function remembered<R>(): (inputs: readonly unknown[], compute: () => R) => R {
  let last: { inputs: readonly unknown[]; value: R } | null = null;
  return (inputs, compute) => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, index) => input === inputs[index])) return last.value;
    last = { inputs, value: compute() };
    return last.value;
  };
}

const DEFAULT_LAYOUT = readSpeechLayout([]);

export type Snapshotter = (state: EditorState, connection: ConnectionSnapshot, targetMinutes?: number | null, layout?: SpeechLayout) => EditorSnapshot;

/**
 * What the app renders from: derived from the editor state, the connection and the speech's shared target
 * length and layout (settings outside the text, the defaults unless given), never stored. The returned
 * function remembers the derived parts by the identity of what they come from, so a selection change
 * recomputes no document-wide data and a keystroke recounts 字数 only in the block it changed.
 */
export function snapshotter(): Snapshotter {
  const title = remembered<string>();
  const outline = remembered<OutlineEntry[]>();
  const use = remembered<{ usedVariables: string[]; slots: number }>();
  const gaps = remembered<Gap[]>();
  const spoken = remembered<SpokenBlock[]>();
  const displayTexts = remembered<(block: Node) => string>();
  return (state, connection, targetMinutes = null, layout = DEFAULT_LAYOUT) => {
    const { doc } = state;
    const numbering = currentNumbering(state);
    const block = state.selection.$from.node(1);
    const variables = currentVariables(state);
    const entries = placeholderEntries(state);
    const undoManager = yUndoPluginKey.getState(state)?.undoManager;
    const displayText = displayTexts([variables], () => perBlock((node) => blockDisplayText(node, variables)));
    return {
      ready: connection.ready,
      title: title([doc.firstChild, variables], () => displayTitle(doc, variables)),
      saveState: connection.saveState,
      unsynced: connection.unsynced ?? 0,
      characters: countDocumentCharacters(doc),
      numberingStyle: numbering.style,
      // Read as the page shows it: variables with their values.
      outline: outline([numbering, doc, displayText], () =>
        numbering.blocks.map(({ pos, level, kind, label, text }) => {
          const node = doc.nodeAt(pos);
          return { pos, level, kind, label, text: node ? displayText(node) : text };
        }),
      ),
      active: {
        strong: markActive(state, speechSchema.marks.strong),
        emphasis: markActive(state, speechSchema.marks.emphasis),
        block: (block?.type.name ?? 'paragraph') as EditorSnapshot['active']['block'],
        lead: block?.type === speechSchema.nodes.paragraph && (block.attrs.point as number) > 0,
        headingLevel: block?.type === speechSchema.nodes.heading ? (block.attrs.level as Level) : 0,
        canUndo: undoManager?.canUndo() ?? false,
        canRedo: undoManager?.canRedo() ?? false,
        textSelected: state.selection instanceof TextSelection && !state.selection.empty,
      },
      peers: connection.peers,
      variables: { ...variables },
      ...use([doc], () => placeholderUse(doc)),
      gaps: gaps([doc, entries], () => completenessGaps(doc, entries)),
      spoken: spoken([doc, numbering.blocks, entries], () => spokenBlocks(doc, numbering.blocks, entries)),
      targetMinutes,
      layout,
    };
  };
}

/** One snapshot, nothing remembered (for a single look at a state). */
export function computeSnapshot(state: EditorState, connection: ConnectionSnapshot, targetMinutes: number | null = null, layout: SpeechLayout = DEFAULT_LAYOUT): EditorSnapshot {
  return snapshotter()(state, connection, targetMinutes, layout);
}
