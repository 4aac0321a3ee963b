import { describe, expect, it } from 'vitest';
import { loadRate, saveRate } from './speaking-rate';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('speaking rate', () => {
  it('is remembered for each user separately, and defaults to 180', () => {
    const storage = memoryStorage();
    saveRate(storage, '写稿人', 210);
    expect(loadRate(storage, '写稿人')).toBe(210);
    expect(loadRate(storage, '审稿人')).toBe(180);
  });

  it('stays in range whatever was stored', () => {
    const storage = memoryStorage();
    storage.setItem('speechdesk.speakingRate.写稿人', '999');
    expect(loadRate(storage, '写稿人')).toBe(260);
    storage.setItem('speechdesk.speakingRate.写稿人', 'fast');
    expect(loadRate(storage, '写稿人')).toBe(180);
  });

  it('falls back to the default when storage refuses', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(() => saveRate(broken, '写稿人', 200)).not.toThrow();
    expect(loadRate(broken, '写稿人')).toBe(180);
  });
});
