import { describe, expect, it } from 'vitest';
import { stringsFor } from './strings';

describe('stringsFor', () => {
  it('gives Chinese for every zh locale', () => {
    for (const locale of ['zh', 'zh-CN', 'zh-TW', 'ZH-cn']) expect(stringsFor(locale).menuFile).toBe('文件');
  });

  it('falls back to English for other and empty locales', () => {
    for (const locale of ['en-US', 'de', '', 'zhx']) expect(stringsFor(locale).menuFile).toBe('File');
  });

  it('has every text in both languages', () => {
    const zh = stringsFor('zh-CN');
    const en = stringsFor('en-US');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [zh, en]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });
});
