import { expect, test, type Page } from '@playwright/test';
import { createSpeech, documentText, editor, openSpeech } from './support';

const outline = (page: Page) => page.getByTestId('outline-entry');

async function composeChinese(page: Page, pinyin: string, word: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let length = 1; length <= pinyin.length; length += 1) {
    const step = pinyin.slice(0, length);
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: word });
  await cdp.detach();
}

test('drafting a speech: Chinese typing and IME, headings, lead points, moving a section, reload', async ({ page }) => {
  const speech = await createSpeech('在全区领导干部会议上的讲话');
  await openSpeech(page, speech.id);

  // The body paragraph of a new speech follows the title, meta line and salutation.
  await editor(page).locator('p').last().click();
  await page.keyboard.type('今天召开会议。');
  await composeChinese(page, 'gongzuo', '工作');
  await expect.poll(() => documentText(page)).toContain('今天召开会议。工作');

  await page.keyboard.press('Enter');
  await page.keyboard.type('统一思想');
  await page.getByTestId('tool-heading1').click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('提高政治站位。要把思想统一到部署上来。');
  await page.getByTestId('tool-lead').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('攻坚克难');
  await page.keyboard.press('Control+Alt+1');

  await expect(outline(page)).toHaveText(['一、统一思想', '1、提高政治站位。要把思想统一到部署上来。', '二、攻坚克难']);
  await expect(editor(page).locator('.speech-lead')).toHaveText('提高政治站位。');
  await expect(editor(page).locator('h2 .speech-number')).toHaveText(['一、', '二、']);

  // Moving the second part up renumbers both parts; the point moves with its part.
  await page.getByTestId('tool-moveUp').click();
  await expect(outline(page)).toHaveText(['一、攻坚克难', '二、统一思想', '1、提高政治站位。要把思想统一到部署上来。']);

  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const characters = await page.getByTestId('status-characters').textContent();
  expect(characters).toMatch(/\d+/);

  await page.reload();
  await expect(editor(page)).toBeVisible();
  await expect(outline(page)).toHaveText(['一、攻坚克难', '二、统一思想', '1、提高政治站位。要把思想统一到部署上来。']);
  await expect.poll(() => documentText(page)).toBe(
    ['在全区领导干部会议上的讲话', '', '同志们：', '今天召开会议。工作', '攻坚克难', '统一思想', '提高政治站位。要把思想统一到部署上来。'].join('\n'),
  );
  await expect(page.getByTestId('status-characters')).toHaveText(characters ?? '');
});

test('numbering follows the speech\'s style, for every reader', async ({ page }) => {
  const speech = await createSpeech('公文格式测试');
  await openSpeech(page, speech.id);
  await editor(page).locator('p').last().click();
  await page.keyboard.type('总体要求');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('指导思想');
  await page.keyboard.press('Control+Alt+2');
  await expect(outline(page)).toHaveText(['一、总体要求', '1、指导思想']);
  // The numbering style is a speech setting: it lives in the 设置 panel.
  await page.getByTestId('toggle-settings').click();
  await page.getByRole('radio', { name: '公文' }).check();
  await expect(outline(page)).toHaveText(['一、总体要求', '（一）指导思想']);
  await page.reload();
  await expect(outline(page)).toHaveText(['一、总体要求', '（一）指导思想']);
});
