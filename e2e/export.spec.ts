import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { api, createSpeech, openSpeech } from './support';
import { apiRoutes, type DocumentSummary } from '../common/api';

test.describe('export', () => {
  test('a speech with open gaps is held back until the writer allows them; then Word gets it', async ({ page }) => {
    const speech = await api<DocumentSummary>(apiRoutes.fromSkeleton(), {
      method: 'POST',
      body: { skeletonId: 'quarterly-cadres-meeting', variables: { meeting: '全区领导干部会议', region: '高新区', period: '2025年前三季度', 弱项指标: '规模以上工业投资' }, numberingStyle: 'speech' },
    });
    await openSpeech(page, speech.id);
    await page.getByTestId('export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('export-gaps')).toContainText('处数字或空缺没有填写');
    await expect(dialog.getByTestId('export-submit')).toBeDisabled();
    await dialog.getByTestId('export-allow-gaps').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toBe('在全区领导干部会议上的讲话.docx');
    const bytes = await readFile((await download.path()) ?? '');
    // A .docx is a zip whose first entry starts with PK.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(dialog).toHaveCount(0);
  });

  test('a finished speech exports to Markdown with its numbers written out', async ({ page }) => {
    const speech = await createSpeech('在全区安全生产会议上的讲话');
    await openSpeech(page, speech.id);
    await page.locator('.ProseMirror p').last().click();
    await page.keyboard.type('守牢安全底线');
    await page.keyboard.press('Control+Alt+1');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.getByTestId('export').click();
    await page.getByTestId('export-format-md').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toBe('在全区安全生产会议上的讲话.md');
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text).toContain('# 在全区安全生产会议上的讲话');
    expect(text).toContain('一、守牢安全底线');
  });
});
