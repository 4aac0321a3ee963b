import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { MAX_TITLE_LENGTH } from '../../common/api';
import { ApiRequestError } from '../host/api-error';
import { createFakeApi } from '../testing/fake-api';
import { buttonNamed, click, pressKey, render, settle, typeInto, type Rendered } from '../testing/render';
import { LibraryView } from './LibraryView';
import { SEARCH_DELAY_MS } from './use-speech-list';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
  vi.useRealTimers();
});

async function renderLibrary(api = createFakeApi().api, onOpen = vi.fn()) {
  rendered = await render(<LibraryView api={api} onOpen={onOpen} />);
  await settle();
  return { container: rendered.container, onOpen };
}

const titles = (container: HTMLElement) => [...container.querySelectorAll('[data-testid="speech-item"] [data-testid="open-speech"]')].map((link) => link.textContent);
const row = (container: HTMLElement, title: string) => container.querySelector(`[data-testid="speech-item"][aria-label="${title}"]`);

describe('LibraryView', () => {
  it('shows an empty state with the way to start', async () => {
    const { container } = await renderLibrary();
    expect(container.querySelector('[data-testid="empty-state"]')?.textContent).toContain('还没有讲话稿');
  });

  it('lists speeches newest change first with their 字数 and links to open them', async () => {
    const { api } = createFakeApi([
      { id: 'a', title: '在全区经济工作会议上的讲话', characters: 5230 },
      { id: 'b', title: '在安全生产工作会议上的讲话', characters: 0 },
    ]);
    const { container } = await renderLibrary(api);
    expect(titles(container)).toEqual(['在安全生产工作会议上的讲话', '在全区经济工作会议上的讲话']);
    expect(row(container, '在全区经济工作会议上的讲话')?.textContent).toContain('5,230 字');
    expect(row(container, '在全区经济工作会议上的讲话')?.querySelector('a')?.getAttribute('href')).toBe('#/doc/a');
  });

  it('creates a blank speech from the wizard and opens it', async () => {
    const { api, calls } = createFakeApi();
    const { container, onOpen } = await renderLibrary(api);
    await click(buttonNamed(container, '新建讲话稿'));
    const blank = [...container.querySelectorAll<HTMLElement>('[data-testid="skeleton-card"]')].find((card) => card.textContent?.includes('空白讲话稿'));
    await click(blank?.querySelector('input'));
    await click(buttonNamed(container, '创建空白讲话稿'));
    expect(calls.some((call) => call.method === 'createDocument')).toBe(true);
    expect(onOpen).toHaveBeenCalledWith('new-1');
  });

  it('imports a chosen file and opens the new speech; shows the host\'s message when it refuses one', async () => {
    const { api, imports } = createFakeApi();
    const { container, onOpen } = await renderLibrary(api);
    const input = container.querySelector<HTMLInputElement>('[data-testid="import-file-input"]');
    const choose = async (file: File) => {
      if (!input) throw new Error('no file input');
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
      await settle();
    };
    await choose(new File(['一、攻坚克难'], '三季度讲话.txt', { type: 'text/plain' }));
    expect(imports.map((entry) => [entry.filename, new TextDecoder().decode(entry.data)])).toEqual([['三季度讲话.txt', '一、攻坚克难']]);
    expect(onOpen).toHaveBeenCalledWith('new-1');

    await choose(new File(['%PDF'], '讲话.pdf'));
    const error = container.querySelector('[data-testid="error-message"]');
    expect(error?.textContent).toContain('导入失败：');
    expect(error?.textContent).toContain('讲话.pdf: only .txt and .docx files can be imported');
  });

  it('renames in place, refusing empty and over-long titles', async () => {
    const { api, calls } = createFakeApi([{ id: 'a', title: '旧标题' }]);
    const { container } = await renderLibrary(api);
    await click(buttonNamed(row(container, '旧标题')!, '重命名'));
    const input = container.querySelector<HTMLInputElement>('input[aria-label="新标题"]');
    expect(document.activeElement).toBe(input);

    await typeInto(input, '   ');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('标题不能为空。');
    expect(buttonNamed(container, '保存')?.disabled).toBe(true);

    await typeInto(input, '讲'.repeat(MAX_TITLE_LENGTH + 1));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(String(MAX_TITLE_LENGTH));

    await typeInto(input, '  在全区领导干部会议上的讲话 ');
    await click(buttonNamed(container, '保存'));
    expect(calls.filter((call) => call.method === 'renameDocument').map((call) => call.args)).toEqual([['a', '在全区领导干部会议上的讲话']]);
    expect(titles(container)).toEqual(['在全区领导干部会议上的讲话']);
    expect(container.querySelector('[data-testid="library-notice"]')?.textContent).toContain('已重命名');
  });

  it('cancels a rename with Escape', async () => {
    const { api, calls } = createFakeApi([{ id: 'a', title: '旧标题' }]);
    const { container } = await renderLibrary(api);
    await click(buttonNamed(row(container, '旧标题')!, '重命名'));
    const input = container.querySelector('input[aria-label="新标题"]');
    await typeInto(input, '不要了');
    await pressKey(input, 'Escape');
    expect(titles(container)).toEqual(['旧标题']);
    expect(calls.some((call) => call.method === 'renameDocument')).toBe(false);
  });

  it('duplicates and moves to the trash', async () => {
    const { api, documents } = createFakeApi([{ id: 'a', title: '原稿' }]);
    const { container } = await renderLibrary(api);
    await click(buttonNamed(row(container, '原稿')!, '创建副本'));
    expect(titles(container)).toEqual(['原稿（副本）', '原稿']);
    await click(buttonNamed(row(container, '原稿')!, '删除'));
    expect(titles(container)).toEqual(['原稿（副本）']);
    expect(documents.get('a')?.deletedAt).not.toBeNull();
    expect(container.querySelector('[data-testid="library-notice"]')?.textContent).toBe('《原稿》已移到回收站。');
  });

  it('searches on the host once typing pauses', async () => {
    vi.useFakeTimers();
    const { api, calls } = createFakeApi([
      { id: 'a', title: '经济工作会议讲话' },
      { id: 'b', title: '安全生产会议讲话' },
    ]);
    const { container } = await renderLibrary(api);
    const search = container.querySelector('input[type="search"]');
    await typeInto(search, '安');
    await typeInto(search, '安全');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    await settle();
    const queries = calls.filter((call) => call.method === 'listDocuments').map((call) => (call.args[0] as { q: string }).q);
    expect(queries).toEqual(['', '安全']);
    expect(titles(container)).toEqual(['安全生产会议讲话']);

    await typeInto(search, '没有的');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    await settle();
    expect(container.querySelector('[data-testid="empty-state"]')?.textContent).toContain('没有标题包含“没有的”的讲话稿');
  });

  it('shows the host error and retries', async () => {
    const { api } = createFakeApi([{ id: 'a', title: '讲话' }]);
    const list = api.listDocuments;
    api.listDocuments = vi.fn().mockRejectedValueOnce(new ApiRequestError('internal', 'database is locked', 500)).mockImplementation(list);
    const { container } = await renderLibrary(api);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('服务内部出错。');
    expect(alert?.textContent).toContain('database is locked');
    await click(buttonNamed(container, '重试'));
    expect(titles(container)).toEqual(['讲话']);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('reports a failed action without losing the list', async () => {
    const { api } = createFakeApi([{ id: 'a', title: '讲话' }]);
    api.duplicateDocument = vi.fn().mockRejectedValue(new ApiRequestError('network', 'Failed to fetch', 0));
    const { container } = await renderLibrary(api);
    await click(buttonNamed(container, '创建副本'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('创建副本失败：');
    expect(titles(container)).toEqual(['讲话']);
    await click(buttonNamed(container, '关闭'));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
