import { expect, test } from '@playwright/test';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { editor, openApp } from './support';

const fangsong = { eastAsia: '仿宋_GB2312' };

/** A short speech as a writer's Word file: title, salutation, two parts as Heading 1, run-in points with bold leads. */
async function speechDocx(title: string): Promise<Buffer> {
  const line = (text: string) => new Paragraph({ children: [new TextRun({ text, font: fangsong })] });
  const part = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text, font: { eastAsia: '黑体' } })] });
  const point = (number: string, lead: string, body: string) =>
    new Paragraph({ children: [new TextRun({ text: number, font: fangsong }), new TextRun({ text: lead, bold: true, font: fangsong }), new TextRun({ text: body, font: fangsong })] });
  const document = new Document({
    sections: [
      {
        children: [
          line(title),
          line('同志们：'),
          line('今天召开这次会议，主要是部署四季度招商引资工作。'),
          part('一、紧盯目标，确保招商任务全面完成'),
          point('1、', '抓签约。', '全年签约项目要达到X个。'),
          point('2、', '抓落地。', '已签约项目要尽快开工。'),
          part('二、优化环境，提升服务企业水平'),
          line('同志们，让我们以优异成绩迎接新的一年！'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

test.describe('import', () => {
  test('a .docx chosen in the library opens as a speech with its outline', async ({ page }) => {
    const title = `在全区招商引资工作会议上的讲话 ${test.info().testId}`;
    await openApp(page);
    await page.getByTestId('import-file-input').setInputFiles({
      name: '招商引资讲话.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await speechDocx(title),
    });
    await expect(page).toHaveURL(/#\/doc\//);
    await expect(editor(page)).toBeVisible();
    await expect(page.getByTestId('outline-entry')).toHaveText([
      '一、紧盯目标，确保招商任务全面完成',
      '1、抓签约。全年签约项目要达到X个。',
      '2、抓落地。已签约项目要尽快开工。',
      '二、优化环境，提升服务企业水平',
    ]);
    await expect(page.getByTestId('speech-title')).toHaveText(title);
    await expect(editor(page).locator('.speech-lead').first()).toHaveText('抓签约。');
  });

  test('a file of the wrong type is refused with the host\'s reason', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('import-file-input').setInputFiles({ name: '会议纪要.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    const error = page.getByTestId('error-message');
    await expect(error).toContainText('导入失败：');
    await expect(error).toContainText('会议纪要.pdf');
    await expect(page).toHaveURL(/#\/$/);
  });
});
