import { describe, expect, it } from 'vitest';
import { CellError, readNumber, readPeriod, readRank, readUnit } from './cell-values';
import type { Cell } from './sheet';

const text = (value: string): Cell => ({ kind: 'text', text: value });

describe('readNumber', () => {
  it.each([
    ['8.2', 8.2, false],
    [' 8.2 ', 8.2, false],
    ['8.2%', 8.2, true],
    ['8.2 ％', 8.2, true],
    ['１２.５', 12.5, false],
    ['1,234.5', 1234.5, false],
    ['１，２３４', 1234, false],
    ['-1.2', -1.2, false],
    ['−1.2', -1.2, false],
    ['.5', 0.5, false],
  ])('%s', (input, value, percent) => {
    expect(readNumber(text(input))).toEqual({ value, percent });
  });

  it('reads spreadsheet numbers, percent-formatted ones as the percentage they show', () => {
    expect(readNumber({ kind: 'number', number: 1234.5, percent: false })).toEqual({ value: 1234.5, percent: false });
    expect(readNumber({ kind: 'number', number: 0.082, percent: true })).toEqual({ value: 8.2, percent: true });
  });

  it('gives nothing for blank cells', () => {
    expect(readNumber(undefined)).toBeUndefined();
    expect(readNumber({ kind: 'empty' })).toBeUndefined();
    expect(readNumber(text('  '))).toBeUndefined();
  });

  it.each([
    ['—', /'—' is no number; leave the cell empty/],
    ['-', /'-' is no number; leave the cell empty/],
    ['——', /is no number; leave the cell empty/],
    ['约8', /'约8' is no number/],
    ['8.2.1', /is no number/],
    ['1,23', /is no number/],
    ['8.2%%', /is no number/],
  ])('refuses %s', (input, message) => {
    expect(() => readNumber(text(input))).toThrow(message);
    expect(() => readNumber(text(input))).toThrow(CellError);
  });

  it('refuses a date', () => {
    expect(() => readNumber({ kind: 'date', date: new Date(Date.UTC(2024, 8, 1)) })).toThrow("'2024-09-01' is a date");
  });
});

describe('readRank', () => {
  it.each([
    ['3', 3],
    ['第3位', 3],
    ['第３名', 3],
    [' 12 ', 12],
  ])('%s', (input, value) => {
    expect(readRank(text(input))).toBe(value);
  });

  it('refuses what is no positive whole number', () => {
    expect(() => readRank(text('0'))).toThrow(/is no rank/);
    expect(() => readRank(text('2.5'))).toThrow(/is no rank/);
    expect(() => readRank(text('前列'))).toThrow(/is no rank/);
    expect(() => readRank(text('—'))).toThrow(/leave the cell empty/);
    expect(() => readRank({ kind: 'number', number: 2.5, percent: false })).toThrow(/is no rank/);
    expect(readRank({ kind: 'number', number: 4, percent: false })).toBe(4);
  });
});

describe('readUnit', () => {
  it('accepts the closed list, full-width forms included, and names the list otherwise', () => {
    expect(readUnit(text(' 亿元 '))).toBe('亿元');
    expect(readUnit(text('％'))).toBe('%');
    expect(() => readUnit(text('亿'))).toThrow(/unit '亿' is unknown; use one of %/);
  });
});

describe('readPeriod', () => {
  it('reads what parsePeriod reads, and a date cell as its month', () => {
    expect(readPeriod(text('2024年前三季度'))).toEqual({ key: '2024-YTD09', label: '2024年前三季度' });
    expect(readPeriod(text('２０２４年1-9月'))).toEqual({ key: '2024-YTD09', label: '2024年前三季度' });
    expect(readPeriod({ kind: 'number', number: 2024, percent: false })).toEqual({ key: '2024', label: '2024年' });
    expect(readPeriod({ kind: 'date', date: new Date(Date.UTC(2024, 8, 1)) })).toEqual({ key: '2024-09', label: '2024年9月' });
  });

  it("passes parsePeriod's message on", () => {
    expect(() => readPeriod(text('前三季度'))).toThrow('names no year');
    expect(() => readPeriod(text('2024年第五季度'))).toThrow(/is no period/);
  });
});
