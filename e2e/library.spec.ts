import { expect, test } from '@playwright/test';
import { createSpeech, documentText, editor, openApp } from './support';

test.describe('the library', () => {
  test('creates a speech, which opens in the editor and is listed with its title and 字数', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('create-speech').click();
    await page.getByRole('radio', { name: /空白讲话稿/ }).check();
    await page.getByTestId('wizard-next').click();
    await expect(page).toHaveURL(/#\/doc\//);
    await expect(editor(page)).toBeVisible();
    // A new speech shows what its empty lines are for; the hints are not text.
    await expect(page.locator('.ProseMirror h1')).toHaveAttribute('data-hint', '讲话标题');
    await expect(page.locator('.ProseMirror .speech-meta')).toHaveAttribute('data-hint', '（讲话人，日期）');
    await page.locator('.ProseMirror h1').click();
    await page.keyboard.type('在全区三季度工作会议上的讲话');
    await expect(page.getByTestId('speech-title')).toHaveText('在全区三季度工作会议上的讲话');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.getByTestId('back-to-library').click();
    const row = page.getByTestId('speech-item').filter({ hasText: '在全区三季度工作会议上的讲话' });
    await expect(row).toBeVisible();
    // 14 characters of title, 3 of 同志们.
    await expect(row).toContainText('17');
  });

  test('renames, duplicates, searches, deletes to the trash, restores and deletes for good', async ({ page }) => {
    const speech = await createSpeech(`安全生产专题会议讲话 ${test.info().testId}`);
    await openApp(page);
    const row = () => page.locator(`[data-testid="speech-item"][data-document-id="${speech.id}"]`);
    await expect(row()).toBeVisible();

    await row().getByTestId('rename-speech').click();
    const field = page.getByRole('textbox', { name: '新标题' });
    await field.fill('在全区安全生产工作会议上的讲话');
    await field.press('Enter');
    await expect(row()).toContainText('在全区安全生产工作会议上的讲话');

    // The rename went through the speech itself: its title line says the same.
    await row().getByTestId('open-speech').click();
    await expect.poll(() => documentText(page)).toMatch(/^在全区安全生产工作会议上的讲话\n/);
    await page.getByTestId('back-to-library').click();

    await row().getByTestId('duplicate-speech').click();
    await expect(page.getByTestId('speech-item').filter({ hasText: '在全区安全生产工作会议上的讲话 副本' })).toBeVisible();

    await page.getByRole('searchbox', { name: '按标题搜索' }).fill('安全生产工作');
    await expect(page.getByTestId('speech-item')).toHaveCount(2);
    await page.getByRole('searchbox', { name: '按标题搜索' }).fill('');

    await row().getByTestId('trash-speech').click();
    await expect(page.getByTestId('library-notice')).toContainText('已移到回收站');
    await expect(row()).toHaveCount(0);

    await page.getByTestId('nav-trash').click();
    const trashed = page.locator(`[data-testid="trash-item"][data-document-id="${speech.id}"]`);
    await expect(trashed).toBeVisible();
    await trashed.getByTestId('restore-speech').click();
    await expect(trashed).toHaveCount(0);
    await page.getByTestId('nav-library').click();
    await expect(row()).toBeVisible();

    await row().getByTestId('trash-speech').click();
    await page.getByTestId('nav-trash').click();
    await trashed.getByTestId('delete-forever').click();
    await page.getByTestId('confirm-delete-forever').click();
    await expect(trashed).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('trash-view')).toBeVisible();
    await expect(trashed).toHaveCount(0);
  });
});
