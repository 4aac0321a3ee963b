import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiRoutes } from '../common/api';
import { ensureIndicator, putFigure, quarterlySpeech } from './figure-fixtures';
import { api, createSpeech, documentText, editor, hostToken, hostUrl, openApp, openSpeech, REVIEWER, selectText, WRITER } from './support';

const WRITER_PHRASE = '写稿人离线补上的一句话。';
const REVIEWER_PHRASE = '审稿人离线提出的修改意见。';

/** The app shell's worker has taken over the page, so that a reload without the network still starts the app. */
async function shellKept(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const saveState = (page: Page) => page.getByTestId('save-state');

async function unsyncedCount(page: Page): Promise<number> {
  return Number(await saveState(page).getAttribute('data-unsynced'));
}

/** The speech as the host has stored it, as plain text. */
async function storedText(id: string): Promise<string> {
  const response = await fetch(`${hostUrl()}/api/documents/${encodeURIComponent(id)}/export?format=txt`, { headers: { Authorization: `Bearer ${hostToken()}` } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The writer and the reviewer, each in a browser context of their own (to go offline alone), with the speech open. */
async function openByTwo(browser: Browser, speechId: string) {
  const writerContext = await browser.newContext();
  const reviewerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await openSpeech(writer, speechId, WRITER);
  await openSpeech(reviewer, speechId, REVIEWER);
  return { writerContext, reviewerContext, writer, reviewer };
}

test('two people edit offline, one reloads offline and keeps the edit, and both converge when back online', async ({ browser }) => {
  const speech = await createSpeech('在全区经济工作会议上的讲话');
  const { writerContext, reviewerContext, writer, reviewer } = await openByTwo(browser, speech.id);
  for (const page of [writer, reviewer]) {
    await shellKept(page);
    await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  }

  await writerContext.setOffline(true);
  await reviewerContext.setOffline(true);
  for (const page of [writer, reviewer]) await expect(saveState(page)).toHaveAttribute('data-state', 'offline');

  await editor(writer).locator('p').last().click();
  await writer.keyboard.type(WRITER_PHRASE);
  await editor(reviewer).locator('p').last().click();
  await reviewer.keyboard.press('End');
  await reviewer.keyboard.press('Enter');
  await reviewer.keyboard.type(REVIEWER_PHRASE);

  for (const page of [writer, reviewer]) {
    await expect(saveState(page)).toHaveText(/^离线 · \d+ 处修改未同步$/);
    expect(await unsyncedCount(page)).toBeGreaterThan(0);
  }
  // Nothing crossed while both were offline.
  expect(await documentText(reviewer)).not.toContain(WRITER_PHRASE);
  expect(await documentText(writer)).not.toContain(REVIEWER_PHRASE);
  expect(await storedText(speech.id)).not.toContain(WRITER_PHRASE);

  // A reload without the network: the shell comes from the worker, the speech from the local copy.
  const countBeforeReload = await unsyncedCount(writer);
  // Leaving with changes the host lacks asks first; the writer leaves anyway.
  const asked: string[] = [];
  writer.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await writer.reload();
  expect(asked).toEqual(['beforeunload']);
  await expect(editor(writer)).toBeVisible();
  await expect.poll(() => documentText(writer)).toContain(WRITER_PHRASE);
  await expect(saveState(writer)).toHaveAttribute('data-state', 'offline');
  await expect(saveState(writer)).toHaveAttribute('data-unsynced', String(countBeforeReload));
  await writer.screenshot({ path: 'test-results/offline-status-1366.png' });

  await writerContext.setOffline(false);
  await reviewerContext.setOffline(false);
  for (const page of [writer, reviewer]) {
    await expect.poll(() => documentText(page)).toContain(WRITER_PHRASE);
    await expect.poll(() => documentText(page)).toContain(REVIEWER_PHRASE);
    await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
    await expect(saveState(page)).toHaveAttribute('data-unsynced', '0');
    await expect(saveState(page)).toHaveText('已保存');
  }
  expect(await documentText(writer)).toBe(await documentText(reviewer));
  await expect.poll(() => storedText(speech.id)).toContain(WRITER_PHRASE);
  expect(await storedText(speech.id)).toContain(REVIEWER_PHRASE);
  await writerContext.close();
  await reviewerContext.close();
});

const OFFLINE_SENTENCE = '离线前补记：园区签约项目二十八个。';
const COMMENTED = '园区签约项目';
const OFFLINE_COMMENT = '离线写的批注：请补充签约项目数。';
const figureChip = (page: Page) => editor(page).locator('.placeholder-indicator[data-key="地区生产总值增速"]').first();
const commentThread = (page: Page) => page.getByTestId('comment-thread');

/** Opens the thread on the commented words by clicking their highlight, as a reader would. */
async function openThread(page: Page): Promise<void> {
  await page.locator('.ProseMirror .comment-range').first().click();
  await expect(page.getByTestId('comments-panel')).toBeVisible();
}

test('a comment written offline and the last known figures survive an offline reload; the comment reaches the others when back online', async ({ browser }) => {
  const gdp = await ensureIndicator('地区生产总值增速', '%');
  await putFigure(gdp.id, { value: 6.5, rank: 3, rankOf: 12, source: '区统计局' });
  const speech = await quarterlySpeech();
  const { writerContext, reviewerContext, writer, reviewer } = await openByTwo(browser, speech.id);
  await editor(writer).locator('p').last().click();
  await writer.keyboard.press('Control+End');
  await writer.keyboard.type(OFFLINE_SENTENCE);
  await expect.poll(() => documentText(reviewer)).toContain(OFFLINE_SENTENCE);
  await expect(figureChip(writer)).toHaveClass(/placeholder-resolved/);
  const figure = await figureChip(writer).textContent();
  await shellKept(writer);
  await expect(saveState(writer)).toHaveAttribute('data-state', 'saved');

  await writerContext.setOffline(true);
  await expect(saveState(writer)).toHaveAttribute('data-state', 'offline');
  await selectText(writer, COMMENTED);
  await writer.keyboard.press('Control+Alt+m');
  await writer.getByTestId('comment-input').fill(OFFLINE_COMMENT);
  await writer.getByTestId('comment-submit').click();
  await expect(commentThread(writer)).toHaveCount(1);
  // The comment is a change the host lacks, counted with the text's.
  await expect(saveState(writer)).toHaveAttribute('data-unsynced', '1');
  await expect(saveState(writer)).toHaveText('离线 · 1 处修改未同步');

  writer.once('dialog', (dialog) => void dialog.accept());
  await writer.reload();
  await expect(editor(writer)).toBeVisible();
  await expect(writer.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await openThread(writer);
  await expect(commentThread(writer).getByTestId('comment-text')).toHaveText([OFFLINE_COMMENT]);
  await expect(commentThread(writer).getByTestId('comment-quote')).toHaveText(COMMENTED);
  await expect(saveState(writer)).toHaveAttribute('data-unsynced', '1');
  // The chips show the figures last received, not their fallback.
  await expect(figureChip(writer)).toHaveClass(/placeholder-resolved/);
  await expect(figureChip(writer)).toHaveText(figure ?? '');
  await writer.screenshot({ path: 'test-results/offline-comment-1366.png' });
  await expect(reviewer.getByTestId('comment-badge')).toHaveCount(0);

  await writerContext.setOffline(false);
  await expect(saveState(writer)).toHaveAttribute('data-state', 'saved');
  await expect(saveState(writer)).toHaveAttribute('data-unsynced', '0');
  await expect(reviewer.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await openThread(reviewer);
  await expect(commentThread(reviewer).getByTestId('comment-text')).toHaveText([OFFLINE_COMMENT]);
  await expect(commentThread(reviewer).getByTestId('comment-quote')).toHaveText(COMMENTED);
  await writerContext.close();
  await reviewerContext.close();
});

/** The speeches of which this page's browser keeps a local copy (text or comments). */
function speechesKeptLocally(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.startsWith('speechdesk/'));
    return names.map((name) => decodeURIComponent(name.split('/').pop() ?? '').replace(/\/comments$/, ''));
  });
}

test('the local copies of a speech deleted for good go: at once from the trash, and at the next library visit when deleted elsewhere', async ({ page }) => {
  const here = await createSpeech('在这里彻底删除的讲话');
  const elsewhere = await createSpeech('在别处彻底删除的讲话');
  const kept = await createSpeech('留下的讲话');
  for (const speech of [here, elsewhere, kept]) {
    await openSpeech(page, speech.id);
    await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  }
  await expect.poll(() => speechesKeptLocally(page)).toEqual(expect.arrayContaining([here.id, elsewhere.id, kept.id]));

  await api(apiRoutes.document(here.id), { method: 'DELETE' });
  await openApp(page, '#/trash');
  const trashed = page.locator(`[data-testid="trash-item"][data-document-id="${here.id}"]`);
  await trashed.getByTestId('delete-forever').click();
  await page.getByTestId('confirm-delete-forever').click();
  await expect(trashed).toHaveCount(0);
  await expect.poll(() => speechesKeptLocally(page)).not.toContain(here.id);

  // Deleted for good from another browser (or the CLI): this one forgets it when its library shows next.
  await api(apiRoutes.document(elsewhere.id), { method: 'DELETE' });
  const purged = await fetch(`${hostUrl()}${apiRoutes.trashed(elsewhere.id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${hostToken()}` } });
  expect(purged.status).toBe(204);
  expect(await speechesKeptLocally(page)).toContain(elsewhere.id);
  await page.getByTestId('nav-library').click();
  await expect.poll(() => speechesKeptLocally(page)).not.toContain(elsewhere.id);
  expect(await speechesKeptLocally(page)).toContain(kept.id);
});
