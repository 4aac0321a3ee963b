import { expect, test } from '@playwright/test';
import { createSpeech, editor, openSpeech } from './support';

// 25 syllables as read aloud: 今年 一至九月 完成投资 十二点三五亿元 增长 百分之八点二.
const SENTENCE = '今年1-9月完成投资12.35亿元，增长8.2%。';

test.describe('statistics', () => {
  test('shows the speaking time of typed text, figures as read aloud, at the chosen rate and against a shared target', async ({ page }) => {
    const speech = await createSpeech('统计测试');
    await openSpeech(page, speech.id);
    await editor(page).locator('p').last().click();
    await page.keyboard.insertText(SENTENCE.repeat(36));
    await page.keyboard.press('Enter');
    await page.keyboard.type('抓好安全');
    await page.keyboard.press('Control+Alt+1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('要压实责任。');

    await page.getByTestId('toggle-statistics').click();
    const panel = page.getByTestId('statistics-panel');
    // 同志们 3 + 36 × 25 = 903 in the opening; 一 + 抓好安全 + 要压实责任 = 10 in the part: 913 at 180 a minute.
    await expect(panel.getByTestId('statistics-time')).toHaveText('5分4秒');
    await expect(panel.getByTestId('statistics-section')).toHaveText([/^开头5分1秒/, /^一、抓好安全3秒/]);

    await panel.getByTestId('statistics-rate').fill('150');
    await expect(panel.getByTestId('statistics-rate-value')).toHaveText('150 字/分钟');
    await expect(panel.getByTestId('statistics-time')).toHaveText('6分5秒');

    await panel.getByTestId('statistics-target').fill('6');
    await expect(panel.getByTestId('statistics-distance')).toHaveText('比目标长 5秒');

    // The target is the speech's, the rate this user's: both are still there after reopening.
    await page.reload();
    await expect(editor(page)).toBeVisible();
    await page.getByTestId('toggle-statistics').click();
    await expect(panel.getByTestId('statistics-target')).toHaveValue('6');
    await expect(panel.getByTestId('statistics-rate-value')).toHaveText('150 字/分钟');
    await expect(panel.getByTestId('statistics-time')).toHaveText('6分5秒');
  });
});
