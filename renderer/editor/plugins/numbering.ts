import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { Mapping } from 'prosemirror-transform';
import { perBlock } from '../../../common/block-cache';
import type * as Y from 'yjs';
import { numberBlocks, type NumberedBlock } from '../../../common/numbering';
import { DEFAULT_NUMBERING_STYLE, NUMBERING_STYLES, type NumberingStyle } from '../../../common/numbering-style';
import { SETTING_NUMBERING_STYLE } from '../../../common/collab';

/**
 * Shows the computed number (一、 / 1、 / （一） …) before every heading and run-in point. Numbers are never
 * text in the document, so inserting, deleting or moving a section renumbers everything at once, for every
 * peer. The numbering style comes from the speech's shared settings and follows them live.
 */
export interface NumberingState {
  style: NumberingStyle;
  blocks: NumberedBlock[];
  decorations: DecorationSet;
}

export const numberingKey = new PluginKey<NumberingState>('speech-numbering');

export function readNumberingStyle(settings: Y.Map<unknown>): NumberingStyle {
  const value = settings.get(SETTING_NUMBERING_STYLE);
  return (NUMBERING_STYLES as readonly unknown[]).includes(value) ? (value as NumberingStyle) : DEFAULT_NUMBERING_STYLE;
}

function numberLabel(block: NumberedBlock): HTMLElement {
  const label = document.createElement('span');
  label.className = 'speech-number';
  label.setAttribute('contenteditable', 'false');
  label.dataset.level = String(block.level);
  label.textContent = block.label;
  return label;
}

const blockText = perBlock((block) => block.textContent);

function computeState(doc: Node, style: NumberingStyle, blocks = numberBlocks(doc, style, blockText)): NumberingState {
  const decorations = DecorationSet.create(
    doc,
    blocks.map((block) =>
      // Keyed by the label so that a block keeps its widget's DOM (and the caret beside it) until its number changes.
      Decoration.widget(block.pos + 1, () => numberLabel(block), { side: -1, key: `${block.kind}:${block.label}`, ignoreSelection: true, marks: [] }),
    ),
  );
  return { style, blocks, decorations };
}

/**
 * Whether the numbers are the ones before the transaction, each at its old place mapped through it: then the
 * old widgets, mapped, are exactly the ones to show (typing inside a block changes no number).
 */
function sameNumbers(before: readonly NumberedBlock[], after: readonly NumberedBlock[], mapping: Mapping): boolean {
  return (
    before.length === after.length &&
    before.every((old, index) => {
      const now = after[index];
      if (!now || now.label !== old.label || now.kind !== old.kind || now.level !== old.level) return false;
      const mapped = mapping.mapResult(old.pos + 1, -1);
      return !mapped.deleted && mapped.pos === now.pos + 1;
    })
  );
}

export function setNumberingStyleMeta(tr: Transaction, style: NumberingStyle): Transaction {
  return tr.setMeta(numberingKey, style);
}

export function numberingPlugin(settings: Y.Map<unknown>): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => computeState(state.doc, readNumberingStyle(settings)),
      apply: (tr, value) => {
        const style = (tr.getMeta(numberingKey) as NumberingStyle | undefined) ?? value.style;
        if (!tr.docChanged && style === value.style) return value;
        if (style !== value.style) return computeState(tr.doc, style);
        // Walks the top-level blocks only (texts come from a per-block cache); the widgets are rebuilt only
        // when a number appears, goes, changes or moves to another block.
        const blocks = numberBlocks(tr.doc, style, blockText);
        if (!sameNumbers(value.blocks, blocks, tr.mapping)) return computeState(tr.doc, style, blocks);
        return { style, blocks, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.decorations,
    },
    view: (view) => {
      const doc = settings.doc;
      const follow = () => {
        const style = readNumberingStyle(settings);
        if (style !== numberingKey.getState(view.state)?.style) view.dispatch(setNumberingStyleMeta(view.state.tr, style));
      };
      // Not from a Y.Map observer: that runs before y-prosemirror has applied the same transaction's
      // fragment changes to the view, and any dispatch then would write the stale document back to Yjs.
      doc?.on('afterAllTransactions', follow);
      // The settings may have changed between creating the state and mounting the view.
      follow();
      return { destroy: () => doc?.off('afterAllTransactions', follow) };
    },
  });
}

export function currentNumbering(state: EditorState): NumberingState {
  const value = numberingKey.getState(state);
  if (!value) throw new Error('numberingPlugin is not installed');
  return value;
}
