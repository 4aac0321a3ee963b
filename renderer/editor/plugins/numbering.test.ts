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

  it('maps the widgets through typing and rebuilds them only when a number changes', () => {
    const view = mount(new Y.Doc().getMap(SETTINGS_MAP));
    const specs = () => numberingKey.getState(view.state)?.decorations.find().map((decoration) => decoration.spec as object) ?? [];
    const start = (index: number) => {
      let pos = 0;
      for (let i = 0; i < index; i += 1) pos += view.state.doc.child(i).nodeSize;
      return pos;
    };
    const built = specs();
    // Typing inside a point and at the very start of a heading: the same widgets, mapped.
    view.dispatch(view.state.tr.insertText('再', start(5) + 2));
    view.dispatch(view.state.tr.insertText('第', start(3) + 1));
    expect(specs()).toEqual(built);
    expect(specs().every((spec, index) => spec === built[index])).toBe(true);
    expect(labels(view)).toEqual(['一、', '1、', '（1）', '2、', '二、']);
    expect(view.state.doc.child(3).textContent).toBe('第甲');

    // Enter at the start of a heading: an empty paragraph before it, the heading (and its number) one block on.
    view.dispatch(view.state.tr.split(start(4) + 1).setNodeMarkup(start(4), view.state.schema.nodes.paragraph, { point: 0 }));
    expect(specs()[1]).not.toBe(built[1]);
    const positions = numberingKey.getState(view.state)?.decorations.find().map((decoration) => decoration.from);
    expect(positions).toEqual(numberingKey.getState(view.state)?.blocks.map((block) => block.pos + 1));
    expect(labels(view)).toEqual(['一、', '1、', '（1）', '2、', '二、']);

    // A new heading renumbers the ones after it.
    view.dispatch(view.state.tr.setNodeMarkup(start(4), view.state.schema.nodes.heading, { level: 2 }));
    expect(labels(view)).toEqual(['一、', '1、', '2、', '（1）', '3、', '二、']);
    expect(numberingKey.getState(view.state)?.blocks.map((block) => block.text)).toEqual(['第甲', '', '甲一', '要再点。', '甲二', '乙']);
  });
});
