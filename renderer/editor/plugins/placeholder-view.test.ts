import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { speechSchema } from '../../../common/schema';
import { placeholderNodeViews } from './placeholder-view';
import { speech } from '../testing/command-state';

describe('placeholder chip', () => {
  it('shows the fallback (else the key) and carries the attributes for the resolver', () => {
    const s = speechSchema;
    const chip = (attrs: Record<string, string>) => s.node('placeholder', attrs);
    const doc = speech(s.node('paragraph', null, [s.text('增速'), chip({ kind: 'indicator', key: 'gdp.growth', format: 'percent', fallback: 'X%' }), s.text('，'), chip({ kind: 'variable', key: '会议名称' })]));
    const view = new EditorView(document.body.appendChild(document.createElement('div')), { state: EditorState.create({ doc }), nodeViews: placeholderNodeViews });
    const chips = Array.from(view.dom.querySelectorAll<HTMLElement>('.placeholder-chip'));
    expect(chips.map((element) => element.textContent)).toEqual(['X%', '会议名称']);
    expect(chips[0]?.dataset).toMatchObject({ placeholderKind: 'indicator', key: 'gdp.growth', format: 'percent', fallback: 'X%' });
    expect(chips[0]?.className).toContain('placeholder-indicator');
    expect(chips[0]?.getAttribute('contenteditable')).toBe('false');

    let pos = -1;
    view.state.doc.descendants((node, at) => {
      if (pos < 0 && node.type.name === 'placeholder') pos = at;
    });
    const framed = view.state.doc.nodeAt(pos);
    view.dispatch(view.state.tr.setNodeMarkup(pos, undefined, { ...framed?.attrs, fallback: '6.5%' }));
    expect(view.dom.querySelector('.placeholder-chip')?.textContent).toBe('6.5%');
  });
});
