import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameValue } from './same-value';

describe('sameValue', () => {
  it('compares plain data deeply', () => {
    expect(sameValue({ a: [1, { b: '字' }] }, { a: [1, { b: '字' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: '字' }] }, { a: [1, { b: '数' }] })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});

describe('keepUnchanged', () => {
  it('keeps the identity of every unchanged slice, and of the whole when nothing changed', () => {
    const previous = { characters: 3, outline: [{ label: '一、', text: '总结' }], peers: [] as string[] };
    const same = { characters: 3, outline: [{ label: '一、', text: '总结' }], peers: [] as string[] };
    expect(keepUnchanged(previous, same)).toBe(previous);
    const typed = keepUnchanged(previous, { ...same, characters: 4 });
    expect(typed).not.toBe(previous);
    expect(typed.characters).toBe(4);
    expect(typed.outline).toBe(previous.outline);
    expect(typed.peers).toBe(previous.peers);
  });
});
