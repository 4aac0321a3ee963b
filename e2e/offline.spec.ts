import { expect, test, type Page } from '@playwright/test';
import { createSpeech, documentText, editor, hostToken, hostUrl, openSpeech, REVIEWER, WRITER } from './support';

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

test('two people edit offline, one reloads offline and keeps the edit, and both converge when back online', async ({ browser }) => {
  const speech = await createSpeech('在全区经济工作会议上的讲话');
  const writerContext = await browser.newContext();
  const reviewerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await openSpeech(writer, speech.id, WRITER);
  await openSpeech(reviewer, speech.id, REVIEWER);
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
