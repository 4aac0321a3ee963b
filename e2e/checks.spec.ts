import { expect, test } from '@playwright/test';
import { api, createSpeech, editor, openSpeech } from './support';

const REPEATED = '各重点项目要倒排工期，确保年底前完成投资计划。';

test.describe('checks', () => {
  test('finds typed numbering, an X value and a repeated sentence; jumps to one and dismisses one for good', async ({ page }) => {
    const speech = await createSpeech('检查测试');
    await openSpeech(page, speech.id);
    await editor(page).locator('p').last().click();
    await page.keyboard.insertText('一、攻坚克难，确保全年目标圆满收官');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`地区生产总值增长X%。${REPEATED}`);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`要抓好落实。${REPEATED}`);

    // The built host finds the shipped list of outdated formulations.
    expect((await api<{ formulations: Array<{ old: string }> }>('/api/checks/formulations')).formulations.map((entry) => entry.old)).toContain('环境保护局');

    await page.getByTestId('toggle-checks').click();
    const panel = page.getByTestId('checks-panel');
    const findings = panel.getByTestId('finding');
    await expect(panel.getByTestId('checks-group')).toHaveCount(3);
    await expect(findings.and(page.locator('[data-kind="typed-numbering"]'))).toHaveText(/^一、/);
    await expect(findings.and(page.locator('[data-kind="unknown-value"]'))).toHaveText(/^X%/);
    await expect(findings.and(page.locator('[data-kind="repeated-sentence"]'))).toHaveText(new RegExp(`^${REPEATED}`));

    await findings.and(page.locator('[data-kind="unknown-value"]')).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('X%');

    await panel.locator('[data-testid="dismiss-finding"][data-key="typed-numbering:一、"]').click();
    await expect(findings.and(page.locator('[data-kind="typed-numbering"]'))).toHaveCount(0);
    await expect(findings).toHaveCount(2);

    // Dismissals are the speech's: they are still hidden after reopening it.
    await page.reload();
    await expect(editor(page)).toBeVisible();
    await page.getByTestId('toggle-checks').click();
    await expect(findings).toHaveCount(2);
    await expect(findings.and(page.locator('[data-kind="typed-numbering"]'))).toHaveCount(0);
  });

  test('finds plans for a past period, a broken enumeration, a wrong announced count and a year in Chinese numerals', async ({ page }) => {
    const speech = await createSpeech('复用旧稿的讲话');
    await openSpeech(page, speech.id);
    await page.getByTestId('toggle-settings').click();
    await page.getByTestId('setting-variable-date').fill('2021年10月9日');
    await page.getByTestId('setting-variable-date').press('Enter');
    await editor(page).locator('p').last().click();
    for (const line of ['下面，我讲三点意见：一是抓项目，二是抓招商。', '今年下半年要重点抓好项目建设，一是稳投资，二是扩消费，四是保民生。', '二〇二〇年底前完成的任务要巩固。']) {
      await page.keyboard.insertText(line);
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('toggle-checks').click();
    const panel = page.getByTestId('checks-panel');
    const kinds = await panel.getByTestId('finding').evaluateAll((buttons) => buttons.map((button) => `${button.getAttribute('data-kind')} ${button.querySelector('.checks-text')?.textContent}`));
    expect(kinds.sort()).toEqual(['announced-count 讲三点', 'chinese-numeral-year 二〇二〇年', 'enumeration-sequence 四是', 'passed-period 今年下半年要']);
    await expect(panel.locator('[data-testid="finding"][data-kind="passed-period"]')).toContainText('讲话时（2021年9月以后）“2021年下半年”已经开始或过去');
  });
});
