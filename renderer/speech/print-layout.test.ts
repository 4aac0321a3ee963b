import { describe, expect, it } from 'vitest';
import { exportLayout } from '../../common/export/layout';
import { applyPrintLayout, printLayoutProperties } from './print-layout';

describe('printLayoutProperties', () => {
  it('gives the print stylesheet the GB/T 9704 numbers by default', () => {
    expect(printLayoutProperties(exportLayout())).toMatchObject({
      '--print-page-size': '210mm 297mm',
      '--print-margin-top': '37mm',
      '--print-margin-left': '28mm',
      '--print-line-pitch': '28.991pt',
      '--print-tracking': '-0.207pt',
      '--print-indent': '31.586pt',
      '--print-body-size': '16pt',
      '--print-title-size': '22pt',
      '--print-number-outside': "'— ' counter(page) ' —'",
      '--print-number-center': 'none',
      '--print-number-inset': '14pt',
    });
  });

  it('follows the speech’s own layout: margins, pitch, fonts and centred bare page numbers', () => {
    const properties = printLayoutProperties(exportLayout({ marginsMm: { top: 30 }, linesPerPage: 20, body: { font: { eastAsia: '方正仿宋_GBK', fallback: 'FangSong' } }, pageNumber: { dash: '', position: 'center' } }));
    expect(properties).toMatchObject({
      '--print-margin-top': '30mm',
      // (297 − 30 − 35) mm over 20 lines.
      '--print-line-pitch': `${Number(((232 * 72) / 25.4 / 20).toFixed(3))}pt`,
      '--print-number-outside': 'none',
      '--print-number-center': 'counter(page)',
    });
    expect(properties['--print-body-font']).toMatch(/^'方正仿宋_GBK', 'FangSong', /);
  });

  it('sets the properties on an element and takes them off again', () => {
    const element = document.createElement('div');
    const remove = applyPrintLayout(element, exportLayout({ marginsMm: { top: 30 } }));
    expect(element.style.getPropertyValue('--print-margin-top')).toBe('30mm');
    remove();
    expect(element.style.getPropertyValue('--print-margin-top')).toBe('');
  });
});
