import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { newSpeechDoc } from '../../common/seed';
import { speechSchema } from '../../common/schema';
import * as Y from 'yjs';
import { numberingPlugin } from './plugins/numbering';
import { computeSnapshot, snapshotter } from './snapshot';

const connection = { ready: true, saveState: 'saved' as const, peers: [] };

function stateInBlock(index: number) {
  const doc = newSpeechDoc('在全区领导干部会议上的讲话');
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += doc.child(i).nodeSize;
  const plugins = [numberingPlugin(new Y.Doc().getMap('settings'))];
  return EditorState.create({ schema: speechSchema, doc, plugins, selection: TextSelection.create(doc, pos + 1) });
}

describe('computeSnapshot', () => {
  it('reports the live title line', () => {
    expect(computeSnapshot(stateInBlock(3), connection).title).toBe('在全区领导干部会议上的讲话');
  });

  it('names the kind of line the selection is in, so 正文 is pressed only in body paragraphs', () => {
    expect([0, 1, 2, 3].map((index) => computeSnapshot(stateInBlock(index), connection).active.block)).toEqual(['title', 'meta', 'salutation', 'paragraph']);
  });
});

describe('snapshotter', () => {
  it('recomputes no document-wide data for a selection change', () => {
    const snapshot = snapshotter();
    const state = stateInBlock(3);
    const first = snapshot(state, connection);
    const moved = snapshot(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2))), connection);
    expect(moved.active.block).toBe('title');
    expect(moved.outline).toBe(first.outline);
    expect(moved.gaps).toBe(first.gaps);
    expect(moved.spoken).toBe(first.spoken);
    const typed = snapshot(state.apply(state.tr.insertText('新', 2)), connection);
    expect(typed.characters).toBe(first.characters + 1);
    expect(typed.title).toBe('在新全区领导干部会议上的讲话');
    expect(typed.spoken).not.toBe(first.spoken);
  });
});
