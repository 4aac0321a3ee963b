import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../common/api';
import { KNOWN_SUMMARIES_KEY, knownSummary, MAX_KNOWN_SUMMARIES, rememberSummary } from './known-summaries';

const HOST = 'http://127.0.0.1:4870';

function summary(id: string, title = '在全区领导干部会议上的讲话'): DocumentSummary {
  return { id, title, numberingStyle: 'speech', characters: 12, createdAt: '2025-10-01T08:00:00.000Z', updatedAt: '2025-10-02T08:00:00.000Z', deletedAt: null };
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('known summaries', () => {
  it('gives back the last summary of a speech, per host', () => {
    const storage = memoryStorage();
    rememberSummary(storage, HOST, summary('a', '旧标题'));
    rememberSummary(storage, HOST, summary('a', '新标题'));
    expect(knownSummary(storage, HOST, 'a')?.title).toBe('新标题');
    expect(knownSummary(storage, 'http://127.0.0.1:4871', 'a')).toBeNull();
    expect(knownSummary(storage, HOST, 'b')).toBeNull();
  });

  it('forgets the least recently opened speech beyond the limit', () => {
    const storage = memoryStorage();
    for (let index = 0; index <= MAX_KNOWN_SUMMARIES; index += 1) rememberSummary(storage, HOST, summary(`s${index}`));
    expect(knownSummary(storage, HOST, 's0')).toBeNull();
    expect(knownSummary(storage, HOST, 's1')).not.toBeNull();
    expect(knownSummary(storage, HOST, `s${MAX_KNOWN_SUMMARIES}`)).not.toBeNull();
  });

  it('ignores stored data it did not write, and replaces it on the next write', () => {
    const storage = memoryStorage();
    storage.items.set(KNOWN_SUMMARIES_KEY, '{not json');
    expect(knownSummary(storage, HOST, 'a')).toBeNull();
    storage.items.set(KNOWN_SUMMARIES_KEY, JSON.stringify([{ host: HOST, summary: { id: 'a' } }]));
    expect(knownSummary(storage, HOST, 'a')).toBeNull();
    rememberSummary(storage, HOST, summary('a'));
    expect(knownSummary(storage, HOST, 'a')?.id).toBe('a');
  });
});
