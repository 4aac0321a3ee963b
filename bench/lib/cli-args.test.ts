import { describe, expect, it } from 'vitest';
import { ArgsError, parseBenchArgs } from './cli-args';

const GROUPS = ['typing', 'remote', 'open'];

describe('parseBenchArgs', () => {
  it('runs everything without arguments', () => {
    expect(parseBenchArgs([], GROUPS)).toEqual({ profile: false });
  });

  it('reads --json FILE, --only in the suite order, and --profile, with or without =', () => {
    expect(parseBenchArgs(['--json', 'out.json', '--only', 'open,typing', '--profile'], GROUPS)).toEqual({ json: 'out.json', only: ['typing', 'open'], profile: true });
    expect(parseBenchArgs(['--json=a.json', '--only=remote'], GROUPS)).toEqual({ json: 'a.json', only: ['remote'], profile: false });
  });

  it('names unknown groups and arguments, and a missing value', () => {
    expect(() => parseBenchArgs(['--only', 'typing,speed'], GROUPS)).toThrow(/unknown group\(s\) speed; the groups are typing, remote, open/);
    expect(() => parseBenchArgs(['--fast'], GROUPS)).toThrow(ArgsError);
    expect(() => parseBenchArgs(['--json'], GROUPS)).toThrow('--json needs a value');
  });
});
