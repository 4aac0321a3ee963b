import { expect, test } from '@playwright/test';
import { createSpeech, documentText, editor, openSpeech, REVIEWER, WRITER } from './support';

test('two people edit one speech and see each other\'s text, cursor and presence', async ({ browser }) => {
  const speech = await createSpeech('在全区经济工作会议上的讲话');
  const writer = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await openSpeech(writer, speech.id, WRITER);
  await openSpeech(reviewer, speech.id, REVIEWER);

  await editor(writer).locator('p').last().click();
  await writer.keyboard.type('一年来，全区经济稳中有进。');
  await expect.poll(() => documentText(reviewer)).toContain('一年来，全区经济稳中有进。');

  await editor(reviewer).locator('p').last().click();
  await reviewer.keyboard.press('End');
  await reviewer.keyboard.type('成绩来之不易。');
  await expect.poll(() => documentText(writer)).toContain('一年来，全区经济稳中有进。成绩来之不易。');

  // Each sees the other's cursor with the other's name, and the other in the presence list.
  await expect(writer.locator('.ProseMirror-yjs-cursor')).toContainText(REVIEWER.name);
  await expect(reviewer.locator('.ProseMirror-yjs-cursor')).toContainText(WRITER.name);
  await expect(writer.getByTestId('status-peers')).toContainText(REVIEWER.name);
  await expect(reviewer.getByTestId('status-peers')).toContainText(WRITER.name);

  // A heading made by one is numbered for both.
  await writer.keyboard.press('Enter');
  await writer.keyboard.type('稳增长');
  await writer.keyboard.press('Control+Alt+1');
  await expect(reviewer.getByTestId('outline-entry')).toHaveText(['一、稳增长']);
  await expect.poll(() => documentText(writer)).toBe(await documentText(reviewer));
});
