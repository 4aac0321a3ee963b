import { describe, expect, it } from 'vitest';
import { OutputTail } from './output-tail';

describe('OutputTail', () => {
  it('keeps only the last characters', () => {
    const tail = new OutputTail(10);
    tail.append('Error: database ');
    tail.append('locked\n');
    expect(tail.toString()).toBe('se locked');
  });

  it('is empty before any output', () => {
    expect(new OutputTail(10).toString()).toBe('');
  });
});
