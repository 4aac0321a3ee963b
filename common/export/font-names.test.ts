import { describe, expect, it } from 'vitest';
import { chineseFontSizeName, exportFont } from './font-names';
import { GBT_9704_LAYOUT } from './layout';

describe('font names', () => {
  it('names the default sizes as offices do', () => {
    expect([GBT_9704_LAYOUT.title.sizePt, GBT_9704_LAYOUT.body.sizePt, GBT_9704_LAYOUT.pageNumber.sizePt].map(chineseFontSizeName)).toEqual(['二号', '三号', '四号']);
    expect(chineseFontSizeName(17)).toBeUndefined();
  });

  it('gives a named face the Windows fallback of its kind', () => {
    expect(exportFont(' 方正仿宋_GBK ')).toEqual({ eastAsia: '方正仿宋_GBK', fallback: 'FangSong' });
    expect(exportFont('方正黑体_GBK').fallback).toBe('SimHei');
    expect(exportFont('楷体').fallback).toBe('KaiTi');
    expect(exportFont('方正小标宋简体')).toEqual(GBT_9704_LAYOUT.title.font);
  });
});
