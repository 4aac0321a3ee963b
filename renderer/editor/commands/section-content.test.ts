import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { speechSchema } from '../../../common/schema';
import { sectionContent } from './section-content';
import { h, p, speech, stateAt } from '../testing/command-state';

const s = speechSchema;
const doc = speech(p('开场'), h(1, '甲'), s.node('paragraph', null, [s.text('地区'), s.node('placeholder', { kind: 'variable', key: 'region' })]), h(2, '甲一'), h(1, '乙'), p('乙文'));
const texts = (state: EditorState) => sectionContent(state).map((json) => `${json.type}:${(json.content ?? []).length}`);

describe('sectionContent', () => {
  it('takes the section around a bare caret, with everything under its heading', () => {
    const content = sectionContent(stateAt(doc, 5));
    expect(content.map((json) => json.type)).toEqual(['heading', 'paragraph', 'heading']);
    expect(content[1]?.content?.[1]).toMatchObject({ type: 'placeholder', attrs: { kind: 'variable', key: 'region' } });
  });

  it('takes every body block a selection touches', () => {
    const from = stateAt(doc, 3).selection.from;
    const to = stateAt(doc, 4, 1).selection.from;
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, from, to) });
    expect(texts(state)).toEqual(['paragraph:1', 'heading:1']);
  });

  it('takes the section around a selection inside one block', () => {
    const caret = stateAt(doc, 4).selection.from;
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, caret, caret + 1) });
    expect(texts(state)).toEqual(['heading:1', 'paragraph:2', 'heading:1']);
  });

  it('takes the block alone before any heading, and nothing in the frame', () => {
    expect(texts(stateAt(doc, 3))).toEqual(['paragraph:1']);
    expect(sectionContent(stateAt(doc, 0))).toEqual([]);
  });
});
