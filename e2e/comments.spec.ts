import { expect, test, type Page } from '@playwright/test';
import { createSpeech, documentText, editor, openSpeech, REVIEWER, selectText, WRITER } from './support';

const SENTENCE = '一年来，全区经济稳中有进，招商引资成效明显。';
const PHRASE = '招商引资成效明显';

/** The text drawn as highlighted for open comments, joined (a highlight may span several elements). */
function highlighted(page: Page): Promise<string> {
  return page.locator('.ProseMirror .comment-range').evaluateAll((elements) => elements.map((element) => element.textContent ?? '').join(''));
}

const thread = (page: Page) => page.getByTestId('comment-thread');

test('two reviewers comment, reply, resolve and reopen; the highlight follows the words through edits', async ({ browser }) => {
  const speech = await createSpeech('在全区经济工作会议上的讲话');
  const writer = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await openSpeech(writer, speech.id, WRITER);
  await openSpeech(reviewer, speech.id, REVIEWER);

  await editor(writer).locator('p').last().click();
  await writer.keyboard.type(SENTENCE);
  await expect.poll(() => documentText(reviewer)).toContain(SENTENCE);

  // The writer selects a phrase and comments on it with the keyboard shortcut.
  await expect(writer.getByTestId('tool-comment')).toHaveAttribute('aria-disabled', 'true');
  await selectText(writer, PHRASE);
  await expect(writer.getByTestId('tool-comment')).toHaveAttribute('aria-disabled', 'false');
  await writer.keyboard.press('Control+Alt+m');
  const compose = writer.getByTestId('comment-compose');
  await expect(compose).toContainText(PHRASE);
  await expect(writer.getByTestId('comment-input')).toBeFocused();
  await writer.getByTestId('comment-input').fill('请补充具体数字。');
  await writer.getByTestId('comment-submit').click();
  await expect(compose).toBeHidden();
  await expect(thread(writer)).toHaveCount(1);
  await expect(thread(writer)).toHaveAttribute('data-active', 'true');
  await expect.poll(() => highlighted(writer)).toBe(PHRASE);

  // The reviewer sees the highlight and the count, opens the thread by clicking the highlight, and replies.
  await expect.poll(() => highlighted(reviewer)).toBe(PHRASE);
  await expect(reviewer.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await reviewer.locator('.ProseMirror .comment-range').first().click();
  await expect(reviewer.getByTestId('comments-panel')).toBeVisible();
  await expect(thread(reviewer)).toHaveAttribute('data-active', 'true');
  await expect(thread(reviewer).getByTestId('comment-quote')).toHaveText(PHRASE);
  await expect(thread(reviewer).getByTestId('comment-author')).toHaveText([WRITER.name]);
  await reviewer.getByTestId('comment-reply-input').fill('已补充：新签约项目 28 个。');
  await reviewer.getByTestId('comment-reply-submit').click();
  await expect(thread(writer).getByTestId('comment-text')).toHaveText(['请补充具体数字。', '已补充：新签约项目 28 个。']);
  await expect(thread(writer).getByTestId('comment-author')).toHaveText([WRITER.name, REVIEWER.name]);

  // The writer resolves it: it leaves the open list and the page for both, and is listed as resolved.
  await thread(writer).getByTestId('comment-resolve').click();
  await expect(thread(writer)).toHaveCount(0);
  await expect(writer.getByTestId('comments-empty')).toBeVisible();
  await expect(thread(reviewer)).toHaveCount(0);
  await expect.poll(() => highlighted(reviewer)).toBe('');
  await writer.getByTestId('comment-tab-resolved').click();
  await expect(thread(writer)).toHaveAttribute('data-status', 'resolved');
  await expect(thread(writer).getByTestId('comment-text')).toHaveCount(2);

  // Reopened, it is highlighted again.
  await thread(writer).getByTestId('comment-reopen').click();
  await writer.getByTestId('comment-tab-open').click();
  await expect(thread(writer)).toHaveAttribute('data-status', 'open');
  await expect.poll(() => highlighted(reviewer)).toBe(PHRASE);

  // The reviewer types before the phrase, right at its start, and inside it.
  await editor(reviewer).locator('p', { hasText: SENTENCE }).click();
  await reviewer.keyboard.press('Home');
  await reviewer.keyboard.type('过去');
  for (let step = 0; step < 13; step += 1) await reviewer.keyboard.press('ArrowRight');
  await reviewer.keyboard.type('着力');
  for (let step = 0; step < 4; step += 1) await reviewer.keyboard.press('ArrowRight');
  await reviewer.keyboard.type('工作');
  const edited = '过去一年来，全区经济稳中有进，着力招商引资工作成效明显。';
  await expect.poll(() => documentText(writer)).toContain(edited);
  await expect.poll(() => highlighted(writer)).toBe('招商引资工作成效明显');
  await expect.poll(() => highlighted(reviewer)).toBe('招商引资工作成效明显');
  await expect(thread(writer).getByTestId('comment-quote')).toHaveText(PHRASE);

  // Deleting all of its words leaves the thread, marked as such.
  await selectText(reviewer, '招商引资工作成效明显');
  await reviewer.keyboard.press('Backspace');
  await expect.poll(() => documentText(writer)).toContain('着力。');
  await expect(thread(writer).getByTestId('comment-detached')).toHaveText('原文已删除');
  await expect.poll(() => highlighted(writer)).toBe('');
});

test('comments are kept by the host: a reload shows them again', async ({ page }) => {
  const speech = await createSpeech('在全区防汛抗旱会议上的讲话');
  await openSpeech(page, speech.id, REVIEWER);
  await editor(page).locator('p').last().click();
  await page.keyboard.type('守住安全底线，抓好安全生产。');
  await selectText(page, '守住安全底线');
  await page.getByTestId('tool-comment').click();
  await page.getByTestId('comment-input').fill('底线之后宜加一句红线。');
  await page.getByTestId('comment-input').press('Control+Enter');
  await expect(thread(page)).toHaveCount(1);
  // One's own comment, unanswered, can be deleted; this one stays.
  await expect(thread(page).getByTestId('comment-delete')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.reload();
  await expect(editor(page)).toBeVisible();
  await expect.poll(() => highlighted(page)).toBe('守住安全底线');
  await page.getByTestId('toggle-comments').click();
  await expect(thread(page).getByTestId('comment-text')).toHaveText(['底线之后宜加一句红线。']);
  await thread(page).getByTestId('comment-edit').click();
  await thread(page).getByTestId('comment-edit-input').fill('底线之后宜加一句“红线”。');
  await thread(page).getByTestId('comment-edit-save').click();
  await expect(thread(page).getByTestId('comment-text')).toHaveText(['底线之后宜加一句“红线”。']);
  await expect(thread(page).getByTestId('comment')).toContainText('（已编辑）');
  await thread(page).getByTestId('comment-delete').click();
  await expect(thread(page)).toHaveCount(0);
  await expect.poll(() => highlighted(page)).toBe('');
});
