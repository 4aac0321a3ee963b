import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createSpeech, editor, openSpeech } from './support';

/** Text runs of each page of a PDF, with their baselines. */
async function pdfPages(data: Buffer): Promise<{ width: number; height: number; items: { text: string; x: number; y: number }[] }[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    // NFKC: the fonts' ToUnicode maps some shared glyphs to Kangxi radicals (⼲ for 干).
    const items = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [{ text: item.str.normalize('NFKC'), x: Math.round(item.transform[4] as number), y: Math.round(item.transform[5] as number) }] : []));
    pages.push({ width: width ?? 0, height: height ?? 0, items });
  }
  return pages;
}

test('a speech prints on A4 in the official layout: 22 lines a page, page numbers outside', async ({ page }) => {
  const speech = await createSpeech('在全区领导干部会议上的讲话');
  await openSpeech(page, speech.id);
  await editor(page).locator('p').last().click();
  // 70 one-line paragraphs: the second page holds body lines only.
  for (let line = 1; line <= 70; line += 1) {
    await page.keyboard.type(`第${line}段要抓好落实。`);
    if (line < 70) await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // In a browser 导出 → PDF opens the print dialog (in the desktop app, Electron's printToPDF).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByTestId('export').click();
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-submit').click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBe(4);
  for (const sheet of pages) {
    // A4 in points.
    expect(Math.round(sheet.width)).toBe(595);
    expect(Math.round(sheet.height)).toBe(842);
  }
  const [first, second, , last] = pages;
  expect(first?.items.map((item) => item.text).join('')).toContain('在全区领导干部会议上的讲话');
  // The bottom margin is 35 mm (99pt): below it stands only the page number, outside and one character in.
  const FOOTER = 99;
  const footer = (sheet: (typeof pages)[number] | undefined) => sheet?.items.filter((item) => item.y < FOOTER) ?? [];
  expect(footer(first).map((item) => item.text).join('')).toMatch(/^—\s*1\s*—$/);
  expect(footer(second).map((item) => item.text).join('')).toMatch(/^—\s*2\s*—$/);
  expect(footer(last).map((item) => item.text).join('')).toMatch(/^—\s*4\s*—$/);
  expect(Math.min(...footer(first).map((item) => item.x))).toBeGreaterThan(595 / 2);
  expect(Math.max(...footer(second).map((item) => item.x))).toBeLessThan(595 / 2);
  // The second page holds body lines only: 22 of them.
  expect(new Set(second?.items.filter((item) => item.y >= FOOTER).map((item) => item.y)).size).toBe(22);
  // Nothing of the screen around the page: no toolbar, outline or status bar text.
  expect(pages.flatMap((sheet) => sheet.items.map((item) => item.text)).join('')).not.toMatch(/大纲|字数|已保存|引领句/);
});
