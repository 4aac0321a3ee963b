import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { TextSelection, type Command } from 'prosemirror-state';
import { MemoryHub } from '../testing/memory-hub';
import { seedUpdate } from '../testing/speech-fixture';
import { createHeadlessEditor, type HeadlessEditor } from '../testing/headless-editor';
import { activateThread, cancelComment, startComment, submitComment } from './comment-commands';
import { commentsKey, threadAt } from './comments-plugin';
import { readThreads } from './comment-threads';

const WRITER = { name: '写稿人', color: '#1f6feb' };
const PHRASE = '推动项目提速';

interface Client {
  editor: HeadlessEditor;
  comments: Y.Doc;
}

const editors: HeadlessEditor[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const editor of editors.splice(0)) editor.destroy();
  document.body.innerHTML = '';
});

/** Two clients of one speech as the app builds them: each with its network doc, relay, editor doc and view, and its comments doc. */
function twoClients(): [Client, Client] {
  const speech = new MemoryHub(true);
  const comments = new MemoryHub(true);
  Y.applyUpdate(speech.server, seedUpdate());
  const client = (): Client => {
    const network = new Y.Doc();
    speech.join(network);
    const commentsDoc = new Y.Doc();
    comments.join(commentsDoc);
    const editor = createHeadlessEditor(network, document.body.appendChild(document.createElement('div')), undefined, undefined, commentsDoc);
    editors.push(editor);
    return { editor, comments: commentsDoc };
  };
  return [client(), client()];
}

function run(client: Client, command: Command): boolean {
  const { view } = client.editor;
  return command(view.state, view.dispatch, view);
}

/** Position of the first occurrence of `text` in the editor's document (within one text node). */
function find(client: Client, text: string): number {
  let found = -1;
  client.editor.view.state.doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text?.indexOf(text) ?? -1;
    if (index >= 0) found = pos + index;
    return false;
  });
  if (found < 0) throw new Error(`"${text}" is not in the document`);
  return found;
}

function select(client: Client, from: number, to: number): void {
  const { view } = client.editor;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
}

function insertAt(client: Client, pos: number, text: string): void {
  const { view } = client.editor;
  view.dispatch(view.state.tr.insertText(text, pos));
}

function comment(client: Client, phrase: string, text: string): string {
  const from = find(client, phrase);
  select(client, from, from + phrase.length);
  expect(run(client, startComment)).toBe(true);
  expect(run(client, submitComment(client.comments, WRITER, text))).toBe(true);
  const id = commentsKey.getState(client.editor.view.state)?.active;
  if (!id) throw new Error('no thread was opened');
  return id;
}

/** The text a thread's range covers in this client's editor, as the plugin places it. */
function covered(client: Client, id: string): string | null {
  const state = client.editor.view.state;
  const range = commentsKey.getState(state)?.ranges.get(id);
  return range ? state.doc.textBetween(range.from, range.to) : null;
}

/** The text drawn as highlighted on the page. */
function highlighted(client: Client): string[] {
  return [...client.editor.view.dom.querySelectorAll('.comment-range')].map((element) => element.textContent ?? '');
}

describe('comment anchors', () => {
  it('highlights the same words on another client, made from the editor doc of the first', () => {
    const [a, b] = twoClients();
    const id = comment(a, PHRASE, '请补充进度');
    expect(readThreads(b.comments).map((thread) => thread.quote)).toEqual([PHRASE]);
    expect(covered(b, id)).toBe(PHRASE);
    expect(highlighted(b)).toEqual([PHRASE]);
    expect(highlighted(a)).toEqual([PHRASE]);
    expect(a.editor.view.dom.querySelector('.comment-range-active')?.textContent).toBe(PHRASE);
    expect(b.editor.view.dom.querySelector('.comment-range-active')).toBeNull();
  });

  it('keeps the same words after the other client inserts before, inside and right after the range', () => {
    const [a, b] = twoClients();
    const id = comment(a, PHRASE, '请补充进度');
    const start = find(b, PHRASE);
    // Right after the range, inside it (after 推动) and right before it: from the end backwards, so positions hold.
    insertAt(b, start + PHRASE.length, '，确保年底完工');
    insertAt(b, start + 2, '重点');
    insertAt(b, start, '全力');
    insertAt(b, find(b, '盯紧节点'), '首先，');
    for (const client of [a, b]) {
      expect(covered(client, id)).toBe('推动重点项目提速');
      expect(highlighted(client)).toEqual(['推动重点项目提速']);
    }
    expect(a.editor.view.state.doc.textContent).toContain('首先，盯紧节点。全力推动重点项目提速，确保年底完工');
  });

  it('follows its own client\'s typing the same way', () => {
    const [a, b] = twoClients();
    const id = comment(a, PHRASE, '请补充进度');
    const start = find(a, PHRASE);
    insertAt(a, start + PHRASE.length, '，力争');
    insertAt(a, start + 4, '全面');
    insertAt(a, start, '着力');
    expect(covered(a, id)).toBe('推动项目全面提速');
    expect(covered(b, id)).toBe('推动项目全面提速');
    expect(highlighted(a)).toEqual(['推动项目全面提速']);
  });

  it('shrinks with deleted words, and is empty once all of its text is gone', () => {
    const [a, b] = twoClients();
    const id = comment(a, PHRASE, '请补充进度');
    const start = find(b, PHRASE);
    b.editor.view.dispatch(b.editor.view.state.tr.delete(start, start + 2));
    expect(covered(a, id)).toBe('项目提速');
    const rest = find(b, '项目提速');
    b.editor.view.dispatch(b.editor.view.state.tr.delete(rest, rest + 4));
    expect(covered(a, id)).toBe('');
    expect(highlighted(a)).toEqual([]);
  });

  it('opens a thread by clicking into its highlight, and makes another one active from the list', () => {
    const [a, b] = twoClients();
    const first = comment(a, PHRASE, '一');
    const second = comment(a, '抓好安全生产', '二');
    const inside = find(b, PHRASE) + 2;
    expect(threadAt(b.editor.view.state, inside)).toBe(first);
    b.editor.view.someProp('handleClick', (click) => click(b.editor.view, inside, new MouseEvent('click')));
    expect(commentsKey.getState(b.editor.view.state)?.active).toBe(first);
    expect(run(b, activateThread(second))).toBe(true);
    expect(commentsKey.getState(b.editor.view.state)?.active).toBe(second);
    expect(b.editor.view.dom.querySelector('.comment-range-active')?.textContent).toBe('抓好安全生产');
    expect(run(b, activateThread('no-such-thread'))).toBe(false);
  });

  it('needs selected text to start, and draws the draft until it is sent or cancelled', () => {
    const [a] = twoClients();
    const pos = find(a, PHRASE);
    select(a, pos, pos);
    expect(run(a, startComment)).toBe(false);
    select(a, pos, pos + 2);
    expect(run(a, startComment)).toBe(true);
    expect(a.editor.view.dom.querySelector('.comment-range-draft')?.textContent).toBe('推动');
    expect(run(a, submitComment(a.comments, WRITER, '  '))).toBe(false);
    expect(run(a, cancelComment)).toBe(true);
    expect(a.editor.view.dom.querySelector('.comment-range-draft')).toBeNull();
    expect(run(a, cancelComment)).toBe(false);
    expect(readThreads(a.comments)).toEqual([]);
  });

  it('works in an editor that is not editable, from a selection made in the page', () => {
    const [a, b] = twoClients();
    const { view } = b.editor;
    view.setProps({ editable: () => false });
    expect(view.dom.getAttribute('contenteditable')).toBe('false');
    // The reader selects the phrase with the mouse: a DOM selection, which the view reads although it is not editable.
    const walker = document.createTreeWalker(view.dom, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent?.includes(PHRASE)) text = walker.nextNode();
    if (!text) throw new Error('phrase not drawn');
    const index = text.textContent?.indexOf(PHRASE) ?? 0;
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + PHRASE.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(view.state.doc.textBetween(view.state.selection.from, view.state.selection.to)).toBe(PHRASE);
    expect(run(b, startComment)).toBe(true);
    expect(run(b, submitComment(b.comments, WRITER, '只能评论'))).toBe(true);
    const id = commentsKey.getState(view.state)?.active ?? '';
    expect(covered(a, id)).toBe(PHRASE);
    expect(view.state.doc.eq(a.editor.view.state.doc)).toBe(true);
  });

  it('places a thread that arrives during an IME composition once the composition is in Yjs', () => {
    vi.useFakeTimers();
    const [a, b] = twoClients();
    const { view } = a.editor;
    // The writer composes 中国 at the start of the opening paragraph, before the phrase; the binding holds it.
    const at = find(a, '今天召开');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
    view.dom.dispatchEvent(new CompositionEvent('compositionstart'));
    insertAt(a, at, '中国');
    const id = comment(b, PHRASE, '请补充进度');
    // Placed now, the anchor would be read through a mapping that does not know the composed word yet.
    expect(commentsKey.getState(view.state)?.threads).toEqual([]);
    view.dom.dispatchEvent(new CompositionEvent('compositionend', { data: '中国' }));
    vi.advanceTimersByTime(1000);
    expect(covered(a, id)).toBe(PHRASE);
    expect(highlighted(a)).toEqual([PHRASE]);
    expect(covered(b, id)).toBe(PHRASE);
  });
});
