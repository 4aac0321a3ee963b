import { describe, expect, it } from 'vitest';
import { UsageError } from './command';
import { parseOneArgument } from './one-argument';

const options = { data: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

describe('parseOneArgument', () => {
  it('returns the one argument and the options around it', () => {
    const { argument, values } = parseOneArgument(['--json', 'abc', '--data', '/tmp/d'], 'ID', options);
    expect(argument).toBe('abc');
    expect(values).toEqual({ json: true, data: '/tmp/d' });
  });

  it('names the missing argument', () => {
    expect(() => parseOneArgument(['--json'], 'FILE', options)).toThrow(new UsageError('missing FILE'));
  });

  it('refuses more than one argument, counting them', () => {
    expect(() => parseOneArgument(['a', 'b'], 'ID', options)).toThrow(new UsageError('one ID at a time, got 2'));
  });

  it('refuses unknown options', () => {
    expect(() => parseOneArgument(['a', '--force'], 'ID', options)).toThrow(/--force/);
  });
});
