import { expect, test, type Page } from '@playwright/test';
import { apiRoutes, type DocumentSummary, type TemplateCatalog } from '../common/api';
import { api, createSpeech, documentText, editor, newContextPage, openApp, openSpeech, REVIEWER } from './support';

const outline = (page: Page) => page.getByTestId('outline-entry');
const catalog = () => api<TemplateCatalog>(apiRoutes.templates());

/** Values for every variable a skeleton may ask for, standard or its own. */
function detailsFor(keys: readonly string[]): Record<string, string> {
  const standard: Record<string, string> = { meeting: '全区三季度领导干部会议', region: '高新区', speaker: '王书记', date: '2025年10月9日', period: '前三季度' };
  return Object.fromEntries(keys.map((key) => [key, standard[key] ?? `${key}示例`]));
}

async function fromSkeleton(): Promise<DocumentSummary> {
  const { skeletons } = await catalog();
  const skeleton = skeletons[0];
  if (!skeleton) throw new Error('the host ships no skeleton');
  const variables = detailsFor(skeleton.variables.map((variable) => variable.key));
  return api<DocumentSummary>(apiRoutes.fromSkeleton(), { method: 'POST', body: { skeletonId: skeleton.id, variables, numberingStyle: 'speech' } });
}

test.describe('templates', () => {
  test('the wizard creates a speech whose outline is the one it previewed, with the details filled in', async ({ page }) => {
    const { skeletons } = await catalog();
    const skeleton = skeletons[0];
    if (!skeleton) throw new Error('the host ships no skeleton');
    await openApp(page);
    await page.getByTestId('create-speech').click();
    const wizard = page.getByTestId('new-speech-wizard');
    await wizard.locator(`[data-testid="skeleton-card"][data-skeleton-id="${skeleton.id}"] input`).check();
    await page.getByTestId('wizard-next').click();

    // Going on with a required detail empty is refused, and says which.
    const required = skeleton.variables.filter((variable) => variable.required);
    if (required.length > 0) {
      await page.getByTestId('wizard-next').click();
      await expect(wizard.locator('[aria-invalid="true"]').first()).toBeVisible();
      await expect(wizard.getByTestId('wizard-outline')).toHaveCount(0);
    }
    const details = detailsFor(skeleton.variables.map((variable) => variable.key));
    for (const [key, value] of Object.entries(details)) await wizard.getByTestId(`wizard-variable-${key}`).fill(value);
    await wizard.getByRole('radio', { name: '公文' }).check();
    await page.getByTestId('wizard-next').click();

    const previewed = await wizard.getByTestId('wizard-outline-entry').allTextContents();
    expect(previewed.length).toBeGreaterThan(2);
    expect(previewed[0]).toMatch(/^一、/);
    await page.getByTestId('wizard-next').click();

    await expect(page).toHaveURL(/#\/doc\//);
    await expect(editor(page)).toBeVisible();
    await expect(outline(page)).toHaveText(previewed);
    await page.getByTestId('toggle-settings').click();
    await expect(page.getByRole('radio', { name: '公文' })).toBeChecked();
    for (const [key, value] of Object.entries(details)) await expect(page.getByTestId(`setting-variable-${key}`)).toHaveValue(value);
    // The title is made from the skeleton's pattern with the details filled in.
    await expect(page.getByTestId('speech-title')).toContainText(details.meeting ?? '');
  });

  test('a section inserted from the gallery in the middle renumbers the parts after it', async ({ page }) => {
    const speech = await createSpeech('插入章节测试');
    await openSpeech(page, speech.id);
    await editor(page).locator('p').last().click();
    await page.keyboard.type('甲');
    await page.keyboard.press('Control+Alt+1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('甲的导语。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('乙');
    await page.keyboard.press('Control+Alt+1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('丙');
    await page.keyboard.press('Control+Alt+1');
    await expect(outline(page)).toHaveText(['一、甲', '二、乙', '三、丙']);

    await editor(page).locator('p', { hasText: '甲的导语。' }).click();
    await page.keyboard.press('End');
    await page.getByTestId('toggle-gallery').click();
    const gallery = page.getByTestId('section-gallery');
    await gallery.locator('[data-testid="template-kind"][data-kind="deploy"]').click();
    const card = gallery.getByTestId('section-template').first();
    const heading = (await card.locator('.preview-level-1').first().textContent())?.replace(/^一、/, '') ?? '';
    expect(heading).not.toBe('');
    await card.getByTestId('insert-section').click();
    await expect(gallery.getByTestId('gallery-notice')).toContainText('已插入');

    await expect(page.locator('[data-testid="outline-entry"][data-level="1"]')).toHaveText(['一、甲', `二、${heading}`, '三、乙', '四、丙']);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.reload();
    await expect(page.locator('[data-testid="outline-entry"][data-level="1"]')).toHaveText(['一、甲', `二、${heading}`, '三、乙', '四、丙']);
  });

  test('a variable changed in the settings changes every chip, in another reader\'s window too', async ({ page, browser }) => {
    const speech = await fromSkeleton();
    await openSpeech(page, speech.id);
    const chip = editor(page).locator('.placeholder-variable').first();
    await expect(chip).toBeVisible();
    const key = (await chip.getAttribute('data-key')) ?? '';
    const reviewer = await newContextPage(browser);
    await openSpeech(reviewer, speech.id, REVIEWER);
    const chipsOf = (target: Page) => editor(target).locator(`.placeholder-variable[data-key="${key}"]`);
    const count = await chipsOf(page).count();

    await page.getByTestId('toggle-settings').click();
    const field = page.getByTestId(`setting-variable-${key}`);
    await field.fill('滨江新区');
    await field.press('Enter');
    for (const target of [page, reviewer]) {
      await expect(chipsOf(target)).toHaveCount(count);
      await expect(chipsOf(target)).toHaveText(new Array<string>(count).fill('滨江新区'));
    }

    // Emptied, the chips go back to their fallback and are marked as unfilled.
    await field.fill('');
    await field.press('Enter');
    await expect(chipsOf(reviewer).first()).toHaveClass(/placeholder-unfilled/);
    await expect(reviewer.getByTestId('speech-settings')).toHaveCount(0);
    await reviewer.context().close();
  });

  test('typing into a slot fills it; the next-gap key walks through the slots', async ({ page }) => {
    const speech = await fromSkeleton();
    await openSpeech(page, speech.id);
    const slots = editor(page).locator('.placeholder-slot');
    const before = await slots.count();
    test.skip(before === 0, 'the first skeleton has no slots');
    await editor(page).locator('h1').click();
    await page.keyboard.press('Control+Alt+n');
    await expect(editor(page).locator('.placeholder-slot.ProseMirror-selectednode')).toHaveCount(1);
    await page.keyboard.type('12');
    await expect(slots).toHaveCount(before - 1);

    // A Chinese IME composes in the slot's place.
    await page.getByTestId('tool-nextSlot').click();
    const cdp = await page.context().newCDPSession(page);
    for (const step of ['g', 'ga', 'gao']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    await cdp.send('Input.insertText', { text: '高' });
    await cdp.detach();
    await expect(slots).toHaveCount(before - 2);
    await expect.poll(() => documentText(page)).toContain('高');
    await expect.poll(() => documentText(page)).not.toContain('gao');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  });

  test('a section saved as a template appears in the gallery as the user\'s own', async ({ page }) => {
    const speech = await fromSkeleton();
    await openSpeech(page, speech.id);
    await page.getByTestId('outline-entry').first().click();
    await page.getByTestId('more-menu').click();
    await page.getByTestId('open-save-template').click();
    const dialog = page.getByTestId('save-template-dialog');
    const name = `我的部署 ${test.info().testId}`;
    await dialog.getByTestId('template-name').fill(name);
    await dialog.getByTestId('template-kind-select').selectOption('deploy');
    await dialog.getByTestId('save-template-submit').click();
    await expect(dialog).toHaveCount(0);

    const gallery = page.getByTestId('section-gallery');
    const card = gallery.getByTestId('section-template').filter({ hasText: name });
    await expect(card).toBeVisible();
    await expect(card).toContainText('我的模板');
    const saved = (await catalog()).sections.find((section) => section.name === name);
    expect(saved).toMatchObject({ kind: 'deploy', source: 'user' });
    expect(saved?.content[0]).toMatchObject({ type: 'heading' });
  });
});
