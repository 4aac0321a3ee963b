import { expect, test, type Locator, type Page } from '@playwright/test';
import type { NodeJson } from '../common/api';
import { versionRoutes, type Version } from '../common/versions';
import { PERIOD, ensureIndicator, putFigure, quarterlySpeech } from './figure-fixtures';
import { api, editor, newContextPage, openSpeech, REVIEWER } from './support';

const chip = (page: Page, key: string) => editor(page).locator(`.placeholder-indicator[data-key="${key}"]`).first();
const card = (page: Page) => page.getByTestId('figure-card');
const unresolvedChips = (page: Page) => editor(page).locator('.placeholder-chip.placeholder-unresolved');

async function hoverAway(page: Page, target: Locator): Promise<void> {
  await target.hover();
  await page.getByTestId('speech-title').hover();
}

interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** Every text of a ProseMirror JSON doc that carries a provenance mark, with the mark's indicator, in order. */
function frozenFigures(doc: NodeJson): Array<{ text: string; indicator: unknown }> {
  const found: Array<{ text: string; indicator: unknown }> = [];
  const walk = (node: NodeJson) => {
    const mark = (node.marks as MarkJson[] | undefined)?.find((candidate) => candidate.type === 'provenance');
    if (node.type === 'text' && mark) found.push({ text: node.text ?? '', indicator: mark.attrs?.indicator });
    (node.content as NodeJson[] | undefined)?.forEach(walk);
  };
  walk(doc);
  return found;
}

test.describe('live figures', () => {
  test('figures from the store show in every reader\'s chips and follow the store; completeness jumps; 定稿 keeps them with their provenance', async ({ page, browser }) => {
    const gdp = await ensureIndicator('地区生产总值增速', '%');
    await putFigure(gdp.id, { value: 6.5, rank: 3, rankOf: 12, source: '区统计局' });
    const speech = await quarterlySpeech();

    await openSpeech(page, speech.id);
    const reviewer = await newContextPage(browser);
    await openSpeech(reviewer, speech.id, REVIEWER);
    for (const target of [page, reviewer]) {
      await expect(chip(target, '地区生产总值增速')).toHaveText('6.5%');
      await expect(chip(target, '地区生产总值增速')).toHaveClass(/placeholder-resolved/);
      await expect(chip(target, '排名(地区生产总值增速)')).toHaveText('第3位');
    }

    // A figure changed in the store re-renders in both windows, without a reload.
    await putFigure(gdp.id, { value: 7.1, rank: 2, rankOf: 12, source: '区统计局' });
    for (const target of [page, reviewer]) {
      await expect(chip(target, '地区生产总值增速')).toHaveText('7.1%');
      await expect(chip(target, '排名(地区生产总值增速)')).toHaveText('第2位');
    }

    // The card says where the figure comes from; an unresolved chip says why, in the UI's language.
    await chip(page, '地区生产总值增速').hover();
    await expect(card(page)).toContainText('地区生产总值增速');
    await expect(card(page).getByTestId('figure-period')).toContainText(PERIOD);
    await expect(card(page).getByTestId('figure-value')).toContainText('7.1%');
    await expect(card(page).getByTestId('figure-rank')).toContainText('第2位/共12个');
    await expect(card(page).getByTestId('figure-source')).toContainText('区统计局');
    await expect(card(page).getByTestId('figure-changed')).toContainText('admin');
    await hoverAway(page, unresolvedChips(page).first());
    await expect(card(page)).toHaveCount(0);
    const firstUnresolved = editor(page).locator('.placeholder-indicator.placeholder-unresolved').first();
    await firstUnresolved.hover();
    await expect(card(page)).toHaveAttribute('data-resolved', 'false');
    await expect(card(page).getByTestId('figure-problem')).toContainText('指标库中没有');

    // 完整性 counts what the page shows as unresolved, and a click selects each gap in the page.
    await page.getByTestId('toggle-completeness').click();
    const panel = page.getByTestId('completeness-panel');
    const gaps = await unresolvedChips(page).count();
    expect(gaps).toBeGreaterThan(0);
    await expect(panel.getByTestId('completeness-summary')).toHaveAttribute('data-count', String(gaps));
    await expect(panel.getByTestId('gap-item')).toHaveCount(gaps);
    await expect(page.getByTestId('gap-badge')).toHaveAttribute('data-count', String(gaps));
    const third = panel.getByTestId('gap-item').nth(2);
    await third.click();
    const selected = editor(page).locator('.placeholder-chip.ProseMirror-selectednode');
    await expect(selected).toHaveCount(1);
    await expect(selected).toHaveText((await third.locator('.gap-shows').textContent()) ?? '');

    // Typing into a slot selected from the panel fills it.
    const slot = panel.locator('[data-testid="gap-item"][data-kind="slot"]').first();
    await slot.click();
    await expect(editor(page).locator('.placeholder-slot.ProseMirror-selectednode')).toHaveCount(1);
    await page.keyboard.type('滨江科创园');
    await expect(panel.getByTestId('gap-item')).toHaveCount(gaps - 1);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

    // 定稿: a frozen version whose text carries the figures, listed with its unresolved count.
    await page.getByTestId('more-menu').click();
    await page.getByTestId('freeze').click();
    const dialog = page.getByTestId('version-name-dialog');
    await expect(dialog.getByTestId('version-name')).toHaveValue(/^定稿 /);
    await expect(dialog.getByTestId('freeze-gaps-warning')).toContainText(String(gaps - 1));
    await dialog.getByTestId('version-name').fill('定稿（三季度会议）');
    await dialog.getByTestId('version-name-submit').click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByTestId('versions-panel').getByTestId('version-row').first();
    await expect(row).toHaveAttribute('data-kind', 'frozen');
    await expect(row).toContainText('定稿（三季度会议）');
    await expect(row.getByTestId('version-unresolved')).toHaveAttribute('data-count', String(gaps - 1));

    const versionId = (await row.getAttribute('data-version-id')) ?? '';
    const stored = await api<Version>(versionRoutes.version(speech.id, versionId));
    expect(frozenFigures(stored.doc)).toEqual(expect.arrayContaining([{ text: '7.1%', indicator: '地区生产总值增速' }, { text: '第2位', indicator: '地区生产总值增速' }]));

    // The version opens read-only; each frozen figure tells its provenance, and keeps it when the store changes.
    await putFigure(gdp.id, { value: 7.4, rank: 2, rankOf: 12, source: '区统计局' });
    await expect(chip(page, '地区生产总值增速')).toHaveText('7.4%');
    await row.getByTestId('open-version').click();
    const viewer = page.getByTestId('version-viewer');
    const figure = viewer.locator('.speech-provenance[data-indicator="地区生产总值增速"]').first();
    await expect(figure).toHaveText('7.1%');
    await expect(viewer.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
    await figure.hover();
    await expect(card(page).getByTestId('figure-value')).toContainText('7.1%');
    await expect(card(page).getByTestId('figure-source')).toContainText('区统计局');
    await expect(card(page).getByTestId('figure-period')).toContainText(PERIOD);
    await viewer.locator('.speech-provenance[data-provenance-kind="indicator"][data-indicator=""]').first().hover();
    await expect(card(page)).toHaveAttribute('data-resolved', 'false');
    await viewer.getByTestId('close-version').click();
    await expect(viewer).toHaveCount(0);
    await reviewer.context().close();
  });

  test('a named version is saved from the versions panel', async ({ page }) => {
    const speech = await quarterlySpeech();
    await openSpeech(page, speech.id);
    await page.getByTestId('toggle-versions').click();
    const panel = page.getByTestId('versions-panel');
    await panel.getByTestId('save-version').click();
    const dialog = page.getByTestId('version-name-dialog');
    await dialog.getByTestId('version-name').fill('送审稿');
    await dialog.getByTestId('version-name-submit').click();
    await expect(panel.getByTestId('version-row').first()).toHaveAttribute('data-kind', 'named');
    await expect(panel.getByTestId('version-row').first()).toContainText('送审稿');
  });
});
