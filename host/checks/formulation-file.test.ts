import { describe, expect, it } from 'vitest';
import { readFormulations, shippedFormulationsFile } from './formulation-file';

describe('the shipped list of outdated formulations', () => {
  it('is found at data/ of the project and is valid', () => {
    expect(shippedFormulationsFile()).toMatch(/data[\\/]outdated-formulations\.txt$/);
    const entries = readFormulations();
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries).toContainEqual({ old: '环境保护局', current: '生态环境局', since: '2018-03-21' });
  });
});
