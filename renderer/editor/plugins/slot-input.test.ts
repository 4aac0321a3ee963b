import { describe, expect, it } from 'vitest';
import { EditorState, NodeSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { speechSchema } from '../../../common/schema';
import { selectNextSlot } from '../commands/next-slot';
import { p, speech } from '../testing/command-state';
import { slotInputPlugin } from './slot-input';

const s = speechSchema;
const lead = s.marks.lead.create();

function viewWithSlot(): EditorView {
  const doc = speech(p('开场'), s.node('paragraph', { point: 2 }, [s.text('项目提速，签约', [lead]), s.node('placeholder', { kind: 'slot', key: '个数', fallback: 'X个' }, undefined, [lead]), s.text('。', [lead])]));
  const view = new EditorView(document.body.appendChild(document.createElement('div')), { state: EditorState.create({ doc, plugins: [slotInputPlugin()] }) });
  selectNextSlot(view.state, view.dispatch);
  expect(view.state.selection).toBeInstanceOf(NodeSelection);
  return view;
}

const lastBlock = (view: EditorView) => view.state.doc.lastChild;

describe('typing into a slot', () => {
  it('replaces the selected slot with the typed text, keeping the marks around it', () => {
    const view = viewWithSlot();
    const { from, to } = view.state.selection;
    const handled = view.someProp('handleTextInput', (handle) => handle(view, from, to, '12', () => view.state.tr));
    expect(handled).toBe(true);
    expect(lastBlock(view)?.textContent).toBe('项目提速，签约12。');
    expect(lastBlock(view)?.child(0).marks.map((mark) => mark.type.name)).toEqual(['lead']);
    expect(lastBlock(view)?.childCount).toBe(1);
    view.destroy();
  });

  it('takes the slot out when a composition starts on it, leaving the caret in its place', () => {
    const view = viewWithSlot();
    const at = view.state.selection.from;
    view.dom.dispatchEvent(new CompositionEvent('compositionstart'));
    expect(lastBlock(view)?.textContent).toBe('项目提速，签约。');
    expect(view.state.selection.empty && view.state.selection.from).toBe(at);
    view.destroy();
  });

  it('leaves typing elsewhere alone', () => {
    const view = viewWithSlot();
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, 0)));
    expect(view.someProp('handleTextInput', (handle) => handle(view, 1, 1, '字', () => view.state.tr))).toBeFalsy();
    view.destroy();
  });
});
