import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommentsSnapshot, SpeechComments, ThreadEntry } from '../../editor/comments/speech-comments';
import { click, render, type Rendered } from '../../testing/render';
import { CommentsPanel } from './CommentsPanel';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const WRITER = { name: '写稿人', color: '#1f6feb' };
const REVIEWER = { name: '审稿人', color: '#d1242f' };
const at = new Date(Date.now() - 5 * 60_000).toISOString();

function thread(id: string, fields: Partial<ThreadEntry>): ThreadEntry {
  return {
    id,
    quote: '推动项目提速',
    status: 'open',
    author: WRITER,
    createdAt: at,
    detached: false,
    comments: [{ id: `${id}-1`, author: WRITER, text: '请补充进度', createdAt: at, mine: true, deletable: true }],
    ...fields,
  };
}

const snapshot: CommentsSnapshot = {
  threads: [
    thread('a', {}),
    thread('b', {
      quote: '守住底线',
      detached: true,
      comments: [
        { id: 'b-1', author: REVIEWER, text: '删得好', createdAt: at, mine: false, deletable: false },
        { id: 'b-2', author: WRITER, text: '已删', createdAt: at, edited: at, mine: true, deletable: true },
      ],
    }),
    thread('c', { status: 'resolved', quote: '盯紧节点' }),
  ],
  active: 'b',
  draft: null,
  canStart: false,
};

function fakeActions(canWrite = true): SpeechComments {
  return {
    canWrite,
    current: () => snapshot,
    subscribe: () => () => undefined,
    start: vi.fn(() => true),
    cancel: vi.fn(() => true),
    submit: vi.fn(() => true),
    activate: vi.fn(() => true),
    reply: vi.fn(() => true),
    setStatus: vi.fn(() => true),
    deleteComment: vi.fn(() => true),
    editComment: vi.fn(() => true),
  };
}

const all = (selector: string) => [...(rendered?.container.querySelectorAll<HTMLElement>(selector) ?? [])];
const byTestId = (id: string) => all(`[data-testid="${id}"]`);

async function typeInto(textarea: HTMLElement | undefined, value: string): Promise<void> {
  if (!(textarea instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('CommentsPanel', () => {
  it('lists open threads with quotes, authors and times, and marks one whose text was deleted', async () => {
    rendered = await render(<CommentsPanel comments={snapshot} actions={fakeActions()} onClose={vi.fn()} />);
    expect(byTestId('comment-tab-open')[0]?.textContent).toBe('未解决2');
    expect(byTestId('comment-tab-resolved')[0]?.textContent).toBe('已解决1');
    expect(byTestId('comment-thread').map((element) => element.dataset.status)).toEqual(['open', 'open']);
    expect(byTestId('comment-detached').map((element) => element.textContent)).toEqual(['原文已删除']);
    expect(byTestId('comment-author').map((element) => element.textContent)).toEqual(['写稿人', '审稿人', '写稿人']);
    expect(all('.comment-time')[0]?.textContent).toBe('5分钟前');
    expect(all('.comment-item')[2]?.textContent).toContain('（已编辑）');
    // Only one's own comments can be deleted; the others' have no button.
    expect(byTestId('comment-delete')).toHaveLength(2);
    // The reply box belongs to the active thread.
    expect(byTestId('comment-reply')).toHaveLength(1);
    expect(byTestId('comment-thread')[1]?.contains(byTestId('comment-reply')[0] ?? null)).toBe(true);
  });

  it('replies, resolves, deletes and opens threads through the actions', async () => {
    const actions = fakeActions();
    rendered = await render(<CommentsPanel comments={snapshot} actions={actions} onClose={vi.fn()} />);
    await typeInto(byTestId('comment-reply-input')[0], '  好的 ');
    await click(byTestId('comment-reply-submit')[0]);
    expect(actions.reply).toHaveBeenCalledWith('b', '  好的 ');
    await click(byTestId('comment-resolve')[0]);
    expect(actions.setStatus).toHaveBeenCalledWith('a', 'resolved');
    await click(byTestId('comment-delete')[1]);
    expect(actions.deleteComment).toHaveBeenCalledWith('b', 'b-2');
    await click(byTestId('comment-quote')[0]);
    expect(actions.activate).toHaveBeenCalledWith('a');
    await click(byTestId('comment-tab-resolved')[0]);
    expect(byTestId('comment-thread').map((element) => element.dataset.status)).toEqual(['resolved']);
    await click(byTestId('comment-reopen')[0]);
    expect(actions.setStatus).toHaveBeenCalledWith('c', 'open');
  });

  it("shows a viewer the threads without the means to reply or resolve", async () => {
    rendered = await render(<CommentsPanel comments={snapshot} actions={fakeActions(false)} onClose={vi.fn()} />);
    expect(byTestId('comment-thread')).toHaveLength(2);
    expect(byTestId('comment-resolve')).toHaveLength(0);
    expect(byTestId('comment-reply')).toHaveLength(0);
  });

  it('writes a new comment on the quoted selection', async () => {
    const actions = fakeActions();
    rendered = await render(<CommentsPanel comments={{ ...snapshot, draft: { quote: '抓好安全生产' } }} actions={actions} onClose={vi.fn()} />);
    expect(byTestId('comment-compose')[0]?.textContent).toContain('抓好安全生产');
    expect(document.activeElement).toBe(byTestId('comment-input')[0]);
    expect(byTestId('comment-submit')[0]?.hasAttribute('disabled')).toBe(true);
    await typeInto(byTestId('comment-input')[0], '加上责任单位');
    await click(byTestId('comment-submit')[0]);
    expect(actions.submit).toHaveBeenCalledWith('加上责任单位');
    await click(byTestId('comment-cancel')[0]);
    expect(actions.cancel).toHaveBeenCalled();
  });

  it('edits one\'s own comment', async () => {
    const actions = fakeActions();
    rendered = await render(<CommentsPanel comments={snapshot} actions={actions} onClose={vi.fn()} />);
    expect(byTestId('comment-edit')).toHaveLength(2);
    await click(byTestId('comment-edit')[0]);
    await typeInto(byTestId('comment-edit-input')[0], '请补充本月进度');
    await click(byTestId('comment-edit-save')[0]);
    expect(actions.editComment).toHaveBeenCalledWith('a', 'a-1', '请补充本月进度');
    expect(byTestId('comment-edit-input')).toHaveLength(0);
  });
});
