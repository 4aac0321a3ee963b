import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { newSpeechDoc } from '../../common/seed';
import { speechSchema } from '../../common/schema';
import * as Y from 'yjs';
import { numberingPlugin } from './plugins/numbering';
import { computeSnapshot } from './snapshot';

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
