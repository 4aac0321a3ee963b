import { expect, test, type Page } from '@playwright/test';
import { createSpeech, documentText, editor, openSpeech, REVIEWER, WRITER } from './support';

const DELETED = '删掉的这句话。';
const KEPT = '保留的这句话。';
const INSERTED = '新加的一句话。';

const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
const versionRow = (page: Page, name: string) => page.getByTestId('versions-panel').locator(`[data-testid="version-row"][data-name="${name}"]`);

test('compare shows who deleted and who inserted what, and restore brings the old text back as a new version', async ({ browser }, testInfo) => {
  const speech = await createSpeech('在全区经济工作会议上的讲话');
  const writer = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await openSpeech(writer, speech.id, WRITER);
  await openSpeech(reviewer, speech.id, REVIEWER);

  await editor(writer).locator('p').last().click();
  await writer.keyboard.type(DELETED + KEPT);
  await saved(writer);
  await writer.getByTestId('toggle-versions').click();
  await writer.getByTestId('save-version').click();
  await writer.getByTestId('version-name').fill('送审稿');
  await writer.getByTestId('version-name-submit').click();
  await expect(versionRow(writer, '送审稿')).toHaveCount(1);

  // The reviewer deletes the first sentence; the writer adds one at the end.
  await expect.poll(() => documentText(reviewer)).toContain(DELETED + KEPT);
  await editor(reviewer).locator('p').last().click();
  await reviewer.keyboard.press('Home');
  for (const _ of DELETED) await reviewer.keyboard.press('Shift+ArrowRight');
  await reviewer.keyboard.press('Backspace');
  await saved(reviewer);
  await expect.poll(() => documentText(writer)).not.toContain(DELETED);
  await editor(writer).locator('p').last().click();
  await writer.keyboard.press('End');
  await writer.keyboard.type(INSERTED);
  await saved(writer);

  // 与当前比较: each change in its author's colour, with the author's name on hover.
  await versionRow(writer, '送审稿').getByTestId('compare-current').click();
  const viewer = writer.getByTestId('compare-viewer');
  const text = viewer.getByTestId('compare-view');
  const deleted = text.locator('del.compare-deleted');
  const inserted = text.locator('ins.compare-inserted').filter({ hasText: INSERTED });
  await expect(deleted).toHaveText(DELETED);
  await expect(deleted).toHaveAttribute('data-author', REVIEWER.name);
  await expect(deleted).toHaveAttribute('title', `${REVIEWER.name} 删除`);
  await expect(deleted).toHaveCSS('text-decoration-color', 'rgb(209, 36, 47)');
  await expect(inserted).toHaveText(INSERTED);
  await expect(inserted).toHaveAttribute('data-author', WRITER.name);
  await expect(inserted).toHaveAttribute('title', `${WRITER.name} 插入`);
  await expect(inserted).toHaveCSS('text-decoration-color', 'rgb(31, 111, 235)');
  await expect(viewer.getByTestId('compare-totals')).toHaveAttribute('data-insertions', '1');
  await expect(viewer.getByTestId('compare-totals')).toHaveAttribute('data-deletions', '1');
  await expect(viewer.getByTestId('compare-author')).toHaveText([new RegExp(`${REVIEWER.name}.*−${[...DELETED].length} 字`), new RegExp(`${WRITER.name}.*\\+${[...INSERTED].length} 字`)]);
  await expect(text).toHaveAttribute('contenteditable', 'false');
  await inserted.hover();
  await writer.screenshot({ path: testInfo.outputPath('compare-current.png') });
  await viewer.getByTestId('close-compare').click();

  // Restore: the old text comes back for everyone, and the restore is a version of its own.
  await versionRow(writer, '送审稿').getByTestId('restore-version').click();
  await writer.getByTestId('confirm-restore').click();
  await expect(versionRow(writer, '恢复自 送审稿')).toHaveClass(/version-row-latest/);
  await expect(versionRow(writer, '恢复前')).toHaveCount(1);
  await expect.poll(() => documentText(writer)).toMatch(new RegExp(`\n${DELETED}${KEPT}$`));
  await expect.poll(() => documentText(reviewer)).toMatch(new RegExp(`\n${DELETED}${KEPT}$`));
  await expect(writer.getByTestId('version-restored')).toContainText('已恢复为“送审稿”的文字。');
  await writer.screenshot({ path: testInfo.outputPath('versions-panel.png') });

  // The restore itself compares like any change: two ticked versions.
  await versionRow(writer, '恢复前').getByTestId('select-version').check();
  await versionRow(writer, '恢复自 送审稿').getByTestId('select-version').check();
  await writer.getByTestId('compare-selected').click();
  await expect(text.locator('ins.compare-inserted')).toHaveText([DELETED]);
  await expect(text.locator('del.compare-deleted')).toHaveText([INSERTED]);
  await expect(text.locator('ins.compare-inserted')).toHaveAttribute('data-author', WRITER.name);
  await writer.setViewportSize({ width: 900, height: 800 });
  await writer.screenshot({ path: testInfo.outputPath('compare-narrow.png') });
  await viewer.getByTestId('close-compare').click();

  // 撤销恢复 brings back the text from before the restore, again as a change.
  await writer.getByTestId('undo-restore').click();
  await expect.poll(() => documentText(reviewer)).toMatch(new RegExp(`\n${KEPT}${INSERTED}$`));
  await expect(versionRow(writer, '恢复自 恢复前')).toHaveClass(/version-row-latest/);
  await expect(writer.getByTestId('undo-restore')).toHaveCount(0);
});
