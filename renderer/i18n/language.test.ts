import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, loadLanguage, saveLanguage } from './language';

describe('language preference', () => {
  it('defaults to zh-CN', () => {
    expect(loadLanguage({ getItem: () => null })).toBe('zh-CN');
    expect(loadLanguage(undefined)).toBe('zh-CN');
  });

  it('round-trips a saved choice', () => {
    saveLanguage(localStorage, 'en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(loadLanguage(localStorage)).toBe('en');
  });

  it('ignores an unknown saved value and a throwing storage', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(loadLanguage(localStorage)).toBe('zh-CN');
    const throwing = { getItem: () => { throw new Error('denied'); } };
    expect(loadLanguage(throwing)).toBe('zh-CN');
  });
});
