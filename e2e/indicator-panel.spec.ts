import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { indicatorRoutes, type IndicatorListResponse } from '../common/indicators';
import { PROSEMIRROR_FRAGMENT } from '../common/collab';
import { allAcknowledged, connectProvider } from '../host/testing/node-provider';
import { api, collabUrl, createSpeech, hostToken, openApp } from './support';

/** Indicator names are Chinese words with letters and digits: a suffix keeps this run's names apart from other specs'. */
const unique = (stem: string) => `${stem}${Date.now().toString(36)}`;

const row = (page: Page, name: string) => page.locator(`[data-testid="indicator-row"][data-indicator="${name}"]`);

async function storedNames(): Promise<string[]> {
  const list = await api<IndicatorListResponse>(indicatorRoutes.indicators());
  return list.indicators.map((indicator) => indicator.name);
}

/** Puts indicator placeholders into a stored speech, as the editor would, through the collaboration endpoint. */
async function speechReferring(expressions: string[]): Promise<void> {
  const speech = await createSpeech(`引用指标的讲话 ${Date.now()}`);
  const provider = await connectProvider(collabUrl(), speech.id, { token: hostToken() });
  const body = provider.document.getXmlFragment(PROSEMIRROR_FRAGMENT);
  const paragraph = body.get(body.length - 1) as Y.XmlElement;
  for (const key of expressions) {
    const chip = new Y.XmlElement('placeholder');
    for (const [name, value] of Object.entries({ kind: 'indicator', key, format: '', fallback: 'X%' })) chip.setAttribute(name, value);
    paragraph.insert(paragraph.length, [chip]);
  }
  await allAcknowledged(provider);
  provider.destroy();
}

test.describe('indicator panel', () => {
  test('adds an indicator, edits a figure in place, and the figure is there after a reload', async ({ page }) => {
    const name = unique('规模以上工业增加值增速');
    await openApp(page, '#/indicators');
    await expect(page.getByTestId('nav-indicators')).toHaveAttribute('aria-current', 'page');

    await page.getByTestId('indicator-add').click();
    await page.getByTestId('add-indicator-name').fill(name);
    await page.getByTestId('add-indicator-unit').selectOption('%');
    await page.getByTestId('add-indicator-category').fill('经济');
    await page.getByTestId('add-indicator-save').click();
    await expect(page.getByTestId('indicators-notice')).toHaveText(`已新建指标“${name}”。`);
    await expect(row(page, name).getByTestId('indicator-value')).toHaveText('暂无数据');

    await row(page, name).getByTestId('indicator-edit').click();
    const editor = page.getByTestId('figure-editor');
    await editor.getByTestId('figure-period').fill('2025年13月');
    await editor.getByTestId('figure-value').fill('6.3');
    await editor.getByTestId('figure-save').click();
    await expect(editor.getByTestId('figure-period-error')).toContainText('month 13 does not exist');

    await editor.getByTestId('figure-period').fill('2025年1-9月');
    await editor.getByTestId('figure-rank').fill('3');
    await editor.getByTestId('figure-rank-of').fill('12');
    await editor.getByTestId('figure-target').fill('6.5');
    await editor.getByTestId('figure-source').fill('区统计局');
    await editor.getByTestId('figure-save').click();
    await expect(page.getByTestId('indicators-notice')).toHaveText(`已保存“${name}” 2025年前三季度 的数据。`);

    await page.reload();
    await expect(row(page, name).getByTestId('indicator-value')).toHaveText('6.32025年前三季度');
    await expect(row(page, name).getByTestId('indicator-rank')).toHaveText('第3位/12');
    await expect(row(page, name).getByTestId('indicator-target')).toHaveText('6.5');
  });

  test('an import with a bad cell names it and writes nothing; the fixed file is committed', async ({ page }) => {
    const name = unique('一般公共预算收入');
    const sheet = (third: string) => `指标,期间,数值,单位,排名,排名范围\n${name},2024年前三季度,18.2,亿元,4,12\n${name},2025年前三季度,${third},亿元,3,12\n`;
    await openApp(page, '#/indicators');
    await page.getByTestId('indicator-import').click();
    const dialog = page.getByTestId('indicator-import');
    await dialog.getByTestId('indicator-import-input').setInputFiles({ name: '财政收入.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet('19.x')) });

    const error = dialog.getByTestId('import-error');
    await expect(error).toHaveCount(1);
    await expect(error).toContainText('第3行 C列');
    await expect(error).toContainText('数值');
    await expect(dialog.getByTestId('import-commit')).toBeDisabled();
    expect(await storedNames()).not.toContain(name);

    await dialog.getByTestId('indicator-import-input').setInputFiles({ name: '财政收入.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet('19.6')) });
    await expect(dialog.getByTestId('import-errors')).toHaveCount(0);
    await expect(dialog.getByTestId('import-row')).toHaveCount(2);
    await dialog.getByTestId('import-commit').click();
    await expect(dialog.getByTestId('import-result')).toHaveText('已写入：新建指标 1 个，新增数据 2 条，修改 0 条，不变 0 条。');
    await dialog.getByTestId('import-done').click();

    await expect(row(page, name).getByTestId('indicator-value')).toHaveText('19.62025年前三季度');
    await row(page, name).getByTestId('indicator-open').click();
    await expect(page.getByTestId('indicator-detail').getByTestId('chart-point')).toHaveCount(2);
  });

  test('a rename says how many references in speeches it updated', async ({ page }) => {
    const name = unique('固定资产投资增速');
    await api(indicatorRoutes.indicators(), { method: 'POST', body: { name, unit: '%', category: '投资' } });
    await speechReferring([name, `排名(${name})`]);
    await openApp(page, '#/indicators');

    await row(page, name).getByTestId('indicator-rename').click();
    await page.getByTestId('rename-indicator-name').fill(`${name}同比`);
    await page.getByTestId('rename-indicator-save').click();
    await expect(page.getByTestId('indicators-notice')).toHaveText(`已重命名为“${name}同比”，已更新 2 处引用。`);
    await expect(row(page, `${name}同比`)).toHaveCount(1);
  });
});
