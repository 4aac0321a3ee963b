import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from './docx-html';

describe('htmlToParagraphs', () => {
  it('gives one paragraph per block with bold and italic runs and heading levels', () => {
    const html =
      '<h1><strong>一、攻坚克难</strong></h1><p>1、<strong>盯紧节点。</strong>要<em>倒排</em>工期&amp;挂图作战。</p><h2>存在的问题</h2><table><tr><td><p>表格里的字</p></td></tr></table>';
    expect(htmlToParagraphs(html)).toEqual([
      { runs: [{ text: '一、攻坚克难', bold: true }], headingLevel: 1 },
      { runs: [{ text: '1、' }, { text: '盯紧节点。', bold: true }, { text: '要' }, { text: '倒排', italic: true }, { text: '工期&挂图作战。' }] },
      { runs: [{ text: '存在的问题' }], headingLevel: 2 },
      { runs: [{ text: '表格里的字' }] },
    ]);
  });

  it('splits lines at <br> and leaves out notes and their reference marks', () => {
    const html =
      '<p>在全区三季度经济运行分析会暨<br />安全生产工作会议上的讲话</p><p>正文<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>。</p><ol><li id="footnote-1"><p>注释 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToParagraphs(html)).toEqual([{ runs: [{ text: '在全区三季度经济运行分析会暨' }] }, { runs: [{ text: '安全生产工作会议上的讲话' }] }, { runs: [{ text: '正文。' }] }]);
  });

  it('reads list items as paragraphs', () => {
    expect(htmlToParagraphs('<ol><li>第一项</li><li><p>第二项</p></li></ol>')).toEqual([{ runs: [{ text: '第一项' }] }, { runs: [{ text: '第二项' }] }]);
  });
});
