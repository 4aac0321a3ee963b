import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBeCloseTo(95.05, 10);
    expect(percentile([10, 20], 0)).toBe(10);
    expect(percentile([10, 20], 100)).toBe(20);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(median([9, 1, 5])).toBe(5);
  });

  it('refuses no samples and percentiles outside 0-100', () => {
    expect(() => percentile([], 50)).toThrow('no samples');
    expect(() => percentile([1], 101)).toThrow('not within');
    expect(() => percentile([1], Number.NaN)).toThrow('not within');
  });

  it('summarizes count, median, p95 and range', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 2.9, min: 1, max: 3 });
  });
});
