import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { TextSelection } from 'prosemirror-state';
import { seedUpdate } from '../testing/speech-fixture';
import { createHeadlessEditor, type HeadlessEditor } from '../testing/headless-editor';
import { speechComments } from './speech-comments';

const WRITER = { name: '写稿人', color: '#1f6feb' };
const REVIEWER = { name: '审稿人', color: '#d1242f' };

const editors: HeadlessEditor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  document.body.innerHTML = '';
});

function setUp() {
  const network = new Y.Doc();
  Y.applyUpdate(network, seedUpdate());
  const commentsDoc = new Y.Doc();
  const editor = createHeadlessEditor(network, document.body.appendChild(document.createElement('div')), undefined, undefined, commentsDoc);
  editors.push(editor);
  const { view } = editor;
  const comments = speechComments(view, commentsDoc, WRITER, () => true);
  const listener = vi.fn();
  comments.subscribe(listener);
  // As the editor core does: the controller hears of every transaction.
  view.setProps({
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      comments.notify();
    },
  });
  const find = (text: string) => {
    let found = -1;
    view.state.doc.descendants((node, pos) => {
      const index = node.isText ? (node.text?.indexOf(text) ?? -1) : -1;
      if (found < 0 && index >= 0) found = pos + index;
      return found < 0;
    });
    return found;
  };
  const select = (text: string) => {
    const from = find(text);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + text.length)));
  };
  return { view, comments, listener, select, find, commentsDoc };
}

describe('speech comments', () => {
  it('lists threads in the order of their text, with what this user may do', () => {
    const { comments, select } = setUp();
    expect(comments.current().canStart).toBe(false);
    select('抓好安全生产');
    expect(comments.current().canStart).toBe(true);
    expect(comments.start()).toBe(true);
    expect(comments.current().draft).toEqual({ quote: '抓好安全生产' });
    expect(comments.submit('一')).toBe(true);
    select('推动项目提速');
    comments.start();
    comments.submit('二');
    const [first, second] = comments.current().threads;
    expect([first?.quote, second?.quote]).toEqual(['推动项目提速', '抓好安全生产']);
    expect(comments.current().active).toBe(first?.id);
    expect(comments.reply(first?.id ?? '', '补一句')).toBe(true);
    expect(comments.current().threads[0]?.comments.map((c) => [c.text, c.mine, c.deletable])).toEqual([
      ['二', true, false],
      ['补一句', true, true],
    ]);
  });

  it('tells its listeners when threads change, not when typing leaves them as they were', () => {
    const { view, comments, listener, select, commentsDoc } = setUp();
    select('推动项目提速');
    comments.start();
    comments.submit('一');
    const calls = listener.mock.calls.length;
    const before = comments.current();
    view.dispatch(view.state.tr.insertText('今天', 1));
    expect(comments.current()).toBe(before);
    expect(listener.mock.calls.length).toBe(calls);
    // A reply written by someone else arrives through the comments doc.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(commentsDoc));
    const thread = before.threads[0]?.id ?? '';
    speechComments(view, other, REVIEWER, () => true).reply(thread, '收到');
    Y.applyUpdate(commentsDoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(commentsDoc)));
    expect(listener.mock.calls.length).toBe(calls + 1);
    expect(comments.current().threads[0]?.comments.map((c) => [c.author.name, c.mine, c.deletable])).toEqual([
      ['写稿人', true, false],
      ['审稿人', false, false],
    ]);
  });

  it("write nothing for a viewer, who reads the threads others wrote", () => {
    const { view, comments, select, commentsDoc } = setUp();
    select('推动项目提速');
    comments.start();
    comments.submit('一');
    const thread = comments.current().threads[0]?.id ?? '';
    const before = Y.encodeStateAsUpdate(commentsDoc);
    const viewer = speechComments(view, commentsDoc, REVIEWER, () => true, false);
    expect(viewer.canWrite).toBe(false);
    expect(viewer.current().threads.map((entry) => entry.quote)).toEqual(['推动项目提速']);
    select('抓好安全生产');
    expect([viewer.start(), viewer.submit('二'), viewer.reply(thread, '收到'), viewer.setStatus(thread, 'resolved')]).toEqual([false, false, false, false]);
    expect(Y.encodeStateAsUpdate(commentsDoc)).toEqual(before);
  });
});
