import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, type DocumentSummary } from '../../common/api';
import { newestFirst } from './newest-first';
import { titleProblem } from './title-validation';

const speech = (id: string, updatedAt: string): DocumentSummary => ({
  id,
  title: id,
  numberingStyle: 'speech',
  characters: 0,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt,
  deletedAt: null,
});

describe('titleProblem', () => {
  it('accepts a title up to the limit, counting trimmed text', () => {
    expect(titleProblem('在全区领导干部会议上的讲话')).toBeNull();
    expect(titleProblem(`  ${'讲'.repeat(MAX_TITLE_LENGTH)}  `)).toBeNull();
  });

  it('refuses empty and over-long titles', () => {
    expect(titleProblem(' \t ')).toBe('empty');
    expect(titleProblem('讲'.repeat(MAX_TITLE_LENGTH + 1))).toBe('too-long');
  });
});

describe('newestFirst', () => {
  it('orders by last change, newest first, with a stable tie-break', () => {
    const list = [speech('b', '2025-10-01T00:00:00Z'), speech('c', '2025-10-03T00:00:00Z'), speech('a', '2025-10-01T00:00:00Z')];
    expect(newestFirst(list).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});
