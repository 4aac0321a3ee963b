import { expect, type Browser, type Page } from '@playwright/test';
import { apiRoutes, COLLAB_PATH, type DocumentSummary } from '../common/api';

/** The host started by global-setup.ts. */
export const hostUrl = (): string => process.env.SPEECHDESK_URL ?? '';
export const hostToken = (): string => process.env.SPEECHDESK_TOKEN ?? '';
/** The host's collaboration endpoint: the upgrade checks the token in the URL, Hocuspocus again per document. */
export const collabUrl = (token: string = hostToken()): string => `${hostUrl().replace(/^http/, 'ws')}${COLLAB_PATH}?token=${encodeURIComponent(token)}`;

export interface Identity {
  name: string;
  color: string;
}

export const WRITER: Identity = { name: '写稿人', color: '#1f6feb' };
export const REVIEWER: Identity = { name: '审稿人', color: '#d1242f' };

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${hostUrl()}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${hostToken()}`, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  expect(response.ok, `${init.method ?? 'GET'} ${path} answered ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

export function createSpeech(title: string): Promise<DocumentSummary> {
  return api<DocumentSummary>(apiRoutes.documents(), { method: 'POST', body: { title } });
}

/** Opens the app as a user who was given the host's link earlier in this tab and has chosen a name. */
export async function openApp(page: Page, route = '#/', identity: Identity = WRITER): Promise<void> {
  await page.addInitScript(
    ([token, stored]) => {
      window.sessionStorage.setItem('speechdesk.token', token ?? '');
      window.localStorage.setItem('speechdesk.identity', stored ?? '');
    },
    [hostToken(), JSON.stringify(identity)],
  );
  await page.goto(`${hostUrl()}/${route}`);
}

/** Opens a speech and waits until its editor is editable (first sync done). */
export async function openSpeech(page: Page, id: string, identity: Identity = WRITER): Promise<void> {
  await openApp(page, `#/doc/${encodeURIComponent(id)}`, identity);
  await expect(editor(page)).toBeVisible();
}

export const editor = (page: Page) => page.locator('.ProseMirror[contenteditable="true"]');

/** The speech's text block by block, without computed numbers and remote cursor labels (DOM text, not document text). */
export function documentText(page: Page): Promise<string> {
  return page.locator('.ProseMirror').evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.ProseMirror-yjs-cursor, .speech-number').forEach((element) => element.remove());
    return [...clone.children].map((block) => block.textContent ?? '').join('\n');
  });
}

export async function newContextPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Selects the first occurrence of `text` in the page the way a mouse would: a DOM selection ProseMirror reads. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror').evaluate((root, wanted) => {
    // As a mouse would, the selection puts the focus in the page (an editable view reads only a focused selection).
    (root as HTMLElement).focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the page`);
  }, text);
}
