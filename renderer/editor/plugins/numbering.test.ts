import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { SETTINGS_MAP, SETTING_NUMBERING_STYLE } from '../../../common/collab';
import { numberingKey, numberingPlugin } from './numbering';
import { h, p, speech } from '../testing/command-state';

function mount(settings: Y.Map<unknown>) {
  const doc = speech(h(1, '甲'), h(2, '甲一'), p('要点。', 3), h(2, '甲二'), h(1, '乙'));
  const state = EditorState.create({ doc, plugins: [numberingPlugin(settings)] });
  return new EditorView(document.body.appendChild(document.createElement('div')), { state });
}

const labels = (view: EditorView) => Array.from(view.dom.querySelectorAll('.speech-number')).map((label) => label.textContent);

describe('numbering decorations', () => {
  it('shows each heading and point its computed number, inside the block before its text', () => {
    const view = mount(new Y.Doc().getMap(SETTINGS_MAP));
    expect(labels(view)).toEqual(['一、', '1、', '（1）', '2、', '二、']);
    const first = view.dom.querySelector('h2 .speech-number');
    expect(first?.getAttribute('contenteditable')).toBe('false');
    expect(view.state.doc.textContent).not.toContain('一、');
  });

  it('renumbers when a section is removed', () => {
    const view = mount(new Y.Doc().getMap(SETTINGS_MAP));
    const firstSub = view.state.doc.child(4);
    let pos = 0;
    for (let i = 0; i < 4; i += 1) pos += view.state.doc.child(i).nodeSize;
    view.dispatch(view.state.tr.delete(pos, pos + firstSub.nodeSize));
    expect(labels(view)).toEqual(['一、', '（1）', '1、', '二、']);
  });

  it('follows the numbering style in the shared settings', () => {
    const ydoc = new Y.Doc();
    const settings = ydoc.getMap(SETTINGS_MAP);
    const view = mount(settings);
    settings.set(SETTING_NUMBERING_STYLE, 'official');
    expect(numberingKey.getState(view.state)?.style).toBe('official');
    expect(labels(view)).toEqual(['一、', '（一）', '1.', '（二）', '二、']);
    settings.set(SETTING_NUMBERING_STYLE, 'nonsense');
    expect(numberingKey.getState(view.state)?.style).toBe('speech');
  });
});
