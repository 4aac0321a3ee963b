import { describe, expect, it } from 'vitest';
import { exportLayout, GBT_9704_LAYOUT, pageGeometry } from './layout';

describe('pageGeometry', () => {
  it('gives A4 with the GB/T 9704 margins, 22 lines of 579 twips and a grid of 28 characters', () => {
    const page = pageGeometry(GBT_9704_LAYOUT);
    expect(page).toMatchObject({ widthTwips: 11906, heightTwips: 16838, margins: { top: 2098, bottom: 1984, left: 1587, right: 1474 }, linePitchTwips: 579, charSpace: -842, firstLineIndentTwips: 632 });
    expect(22 * page.linePitchTwips).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(28 * (16 - 842 / 4096) * 20).toBeLessThanOrEqual(11906 - 1587 - 1474);
    expect(28 * (16 - 841 / 4096) * 20).toBeGreaterThan(11906 - 1587 - 1474);
  });

  it('follows the settings: fewer lines make a wider pitch', () => {
    expect(pageGeometry(exportLayout({ linesPerPage: 20 })).linePitchTwips).toBe(Math.floor(12756 / 20));
  });
});

describe('exportLayout', () => {
  it('lays a speech\'s override over the defaults at any depth', () => {
    const layout = exportLayout({ marginsMm: { top: 30 }, headings: { level1: { font: { eastAsia: '方正黑体_GBK', fallback: 'SimHei' } } } });
    expect(layout.marginsMm).toEqual({ top: 30, bottom: 35, left: 28, right: 26 });
    expect(layout.headings.level1).toEqual({ font: { eastAsia: '方正黑体_GBK', fallback: 'SimHei' }, sizePt: 16, bold: false });
    expect(layout.headings.level2).toEqual(GBT_9704_LAYOUT.headings.level2);
    expect(exportLayout()).toEqual(GBT_9704_LAYOUT);
  });

  it('refuses unknown keys and wrong values', () => {
    expect(() => exportLayout({ marginsMm: { top: -1 } })).toThrow();
    expect(() => exportLayout({ body: { colour: 'red' } })).toThrow();
    expect(() => exportLayout({ linesPerPage: 22.5 })).toThrow();
    expect(() => exportLayout({ title: { font: { eastAsia: '' } } })).toThrow();
  });
});
