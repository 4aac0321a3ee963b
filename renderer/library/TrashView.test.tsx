import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import { buttonNamed, click, pressKey, render, settle, type Rendered } from '../testing/render';
import { TrashView } from './TrashView';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function renderTrash(api: ReturnType<typeof createFakeApi>['api'], onDeletedForGood?: (id: string) => void) {
  rendered = await render(<TrashView api={api} onDeletedForGood={onDeletedForGood} />);
  await settle();
  return rendered.container;
}

const trashed = (container: HTMLElement) => [...container.querySelectorAll('[data-testid="trash-item"]')].map((item) => item.getAttribute('aria-label'));

describe('TrashView', () => {
  it('says when the trash is empty', async () => {
    const container = await renderTrash(createFakeApi([{ id: 'a', title: '还在库里' }]).api);
    expect(container.querySelector('[data-testid="empty-state"]')?.textContent).toContain('回收站是空的');
  });

  it('restores a speech to the library', async () => {
    const { api, documents } = createFakeApi([{ id: 'a', title: '旧稿', deletedAt: '2025-10-09T08:00:00Z' }]);
    const container = await renderTrash(api);
    expect(trashed(container)).toEqual(['旧稿']);
    await click(buttonNamed(container, '恢复'));
    expect(documents.get('a')?.deletedAt).toBeNull();
    expect(trashed(container)).toEqual([]);
    expect(container.querySelector('[data-testid="library-notice"]')?.textContent).toBe('《旧稿》已恢复到文稿库。');
  });

  it('deletes for good only after confirmation', async () => {
    const { api, documents, calls } = createFakeApi([{ id: 'a', title: '旧稿', deletedAt: '2025-10-09T08:00:00Z' }]);
    const deleted: string[] = [];
    const container = await renderTrash(api, (id) => deleted.push(id));

    await click(buttonNamed(container, '彻底删除'));
    const dialog = document.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('《旧稿》将被永久删除，无法恢复。');
    expect(document.activeElement?.textContent).toBe('取消');
    await pressKey(dialog, 'Escape');
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(calls.some((call) => call.method === 'deleteForGood')).toBe(false);
    expect(deleted).toEqual([]);

    await click(buttonNamed(container, '彻底删除'));
    await click(document.querySelector('[data-testid="confirm-delete-forever"]'));
    expect(documents.has('a')).toBe(false);
    expect(trashed(container)).toEqual([]);
    // What this browser keeps of it goes at once (renderer/library/forget-deleted-speeches.ts).
    expect(deleted).toEqual(['a']);
  });

  it('keeps the confirmation open with the failure when deleting for good is refused', async () => {
    const { api, documents } = createFakeApi([{ id: 'a', title: '旧稿', deletedAt: '2025-10-09T08:00:00Z' }]);
    const deleted: string[] = [];
    const container = await renderTrash(api, (id) => deleted.push(id));

    await click(buttonNamed(container, '彻底删除'));
    // Restored elsewhere meanwhile: the host refuses to delete a speech that is not in the trash.
    const speech = documents.get('a');
    if (speech) speech.deletedAt = null;
    await click(document.querySelector('[data-testid="confirm-delete-forever"]'));
    const failure = document.querySelector('[role="alertdialog"] [role="alert"]');
    expect(failure?.textContent).toContain('彻底删除失败：');
    expect(documents.has('a')).toBe(true);
    expect(deleted).toEqual([]);
    expect(container.querySelector('[data-testid="library-notice"]')?.textContent ?? '').toBe('');
  });
});
