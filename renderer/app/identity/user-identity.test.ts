import { describe, expect, it } from 'vitest';
import { IDENTITY_COLORS, IDENTITY_STORAGE_KEY, loadIdentity, MAX_NAME_LENGTH, nameProblem, parseHexColor, saveIdentity, suggestColor, tooLightForLabel } from './user-identity';

describe('user identity', () => {
  it('is absent on first start', () => {
    localStorage.clear();
    expect(loadIdentity(localStorage)).toBeNull();
  });

  it('saves a trimmed name and a lower-case colour, and loads it back', () => {
    expect(saveIdentity(localStorage, { name: '  王秘书 ', color: '#1F6FEB' })).toEqual({ name: '王秘书', color: '#1f6feb' });
    expect(loadIdentity(localStorage)).toEqual({ name: '王秘书', color: '#1f6feb' });
  });

  it('refuses colours that are not 6-digit hex', () => {
    expect(() => saveIdentity(localStorage, { name: '王', color: '#fff' })).toThrow();
    localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify({ name: '王', color: 'red' }));
    expect(loadIdentity(localStorage)).toBeNull();
  });

  it('treats damaged storage as no identity', () => {
    localStorage.setItem(IDENTITY_STORAGE_KEY, '{not json');
    expect(loadIdentity(localStorage)).toBeNull();
  });

  it('validates names', () => {
    expect(nameProblem('   ')).toBe('empty');
    expect(nameProblem('王'.repeat(MAX_NAME_LENGTH + 1))).toBe('too-long');
    expect(nameProblem('王秘书')).toBeNull();
  });

  it('suggests one of the palette colours', () => {
    expect(suggestColor(() => 0)).toBe(IDENTITY_COLORS[0].hex);
    expect(suggestColor(() => 0.999)).toBe(IDENTITY_COLORS.at(-1)?.hex);
  });
});

describe('typed colours', () => {
  it('take 6-digit hex with or without #, in lower case', () => {
    expect(parseHexColor(' #1F6FEB ')).toBe('#1f6feb');
    expect(parseHexColor('0e7490')).toBe('#0e7490');
    for (const bad of ['#fff', '#1f6feb0', 'red', '#gggggg', '']) expect(parseHexColor(bad), bad).toBeNull();
  });

  it('warn when white label text would be hard to read', () => {
    for (const preset of IDENTITY_COLORS) expect(tooLightForLabel(preset.hex), preset.hex).toBe(false);
    expect(tooLightForLabel('#ffff00')).toBe(true);
    expect(tooLightForLabel('#f0f0f0')).toBe(true);
    expect(tooLightForLabel('#000000')).toBe(false);
  });
});
