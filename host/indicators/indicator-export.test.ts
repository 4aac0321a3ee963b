import { describe, expect, it } from 'vitest';
import { csvField } from './indicator-export';

describe('csvField', () => {
  it('quotes what CSV needs quoted', () => {
    expect(csvField('区统计局')).toBe('区统计局');
    expect(csvField('含,逗号')).toBe('"含,逗号"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField(null)).toBe('');
  });

  it('keeps text that looks like a formula from running in Excel, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x","点击")')).toBe(`"'=HYPERLINK(""http://x"",""点击"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-数据待核')).toBe("'-数据待核");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1.2)).toBe('-1.2');
  });
});
