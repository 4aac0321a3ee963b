import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createSpeech, editor, newContextPage, openSpeech, REVIEWER } from './support';

/** The printed speech: its pages, and the body lines of its second page (text above the 35 mm bottom margin). */
async function printed(page: Page): Promise<{ pages: number; secondPageLines: number }> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ preferCSSPageSize: true })), isEvalSupported: false }).promise;
  const second = await (await pdf.getPage(2)).getTextContent();
  const baselines = second.items.flatMap((item) => ('str' in item && item.str.trim() && (item.transform[5] as number) > 99 ? [Math.round(item.transform[5] as number)] : []));
  return { pages: pdf.numPages, secondPageLines: new Set(baselines).size };
}

/** Types a value into a layout field and leaves it, as a writer does. */
async function enter(page: Page, id: string, value: string) {
  const input = page.getByTestId(id);
  await input.fill(value);
  await input.press('Enter');
}

test('layout settings of a speech: set in 讲话稿设置, kept on reload, seen by a co-editor, followed by printing', async ({ page, browser }) => {
  const speech = await createSpeech('关于版式设置的讲话');
  await openSpeech(page, speech.id);
  await editor(page).locator('p').last().click();
  // 40 one-line paragraphs after the title and the salutation: the title's lines, 17 on the first page, 22 on
  // the second, 2 on the third.
  for (let line = 1; line <= 40; line += 1) {
    await page.keyboard.insertText(`第${line}段要抓好落实。`);
    if (line < 40) await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  expect(await printed(page)).toEqual({ pages: 3, secondPageLines: 22 });

  await page.getByTestId('toggle-settings').click();
  const layout = page.getByTestId('layout-settings');
  await expect(layout.getByTestId('layout-linesPerPage')).toHaveValue('22');

  // Bad input is refused with its reason and changes nothing.
  await enter(page, 'layout-linesPerPage', '50');
  await expect(layout.getByTestId('layout-error')).toHaveText('这样每页排不下所设行数：请减少行数，或缩小正文字号、上下边距。未作修改。');
  expect(await printed(page)).toEqual({ pages: 3, secondPageLines: 22 });

  await enter(page, 'layout-linesPerPage', '11');
  await enter(page, 'layout-marginsMm-top', '30');
  await expect(layout.getByTestId('layout-error')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  // 11 lines a page: the same 41 lines take five pages.
  expect(await printed(page)).toEqual({ pages: 5, secondPageLines: 11 });

  const reviewer = await newContextPage(browser);
  await openSpeech(reviewer, speech.id, REVIEWER);
  await reviewer.getByTestId('toggle-settings').click();
  await expect(reviewer.getByTestId('layout-linesPerPage')).toHaveValue('11');
  await expect(reviewer.getByTestId('layout-marginsMm-top')).toHaveValue('30');
  expect(await printed(reviewer)).toEqual({ pages: 5, secondPageLines: 11 });

  await page.reload();
  await expect(editor(page)).toBeVisible();
  await page.getByTestId('toggle-settings').click();
  await expect(page.getByTestId('layout-linesPerPage')).toHaveValue('11');
  await page.getByRole('button', { name: '每页行数恢复默认' }).click();
  await expect(page.getByTestId('layout-linesPerPage')).toHaveValue('22');
  await expect(reviewer.getByTestId('layout-linesPerPage')).toHaveValue('22');
  expect(await printed(page)).toEqual({ pages: 3, secondPageLines: 22 });
  await reviewer.context().close();
});
