import { describe, expect, it } from 'vitest';
import { runCli as run } from './testing/run-cli';

describe('speechdesk CLI', () => {
  it('prints usage on --help', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('speechdesk serve [--port N | --remember-port]');
  });

  it('refuses a missing or unknown command with exit code 2', async () => {
    expect(await run()).toMatchObject({ code: 2, err: expect.stringContaining('missing command') });
    expect(await run('publish')).toMatchObject({ code: 2, err: expect.stringContaining("unknown command 'publish'") });
  });

  it('refuses unknown flags and bad values of serve with exit code 2', async () => {
    expect(await run('serve', '--bogus')).toMatchObject({ code: 2, err: expect.stringContaining("'--bogus'") });
    expect(await run('serve', '--port', 'eighty')).toMatchObject({ code: 2, err: expect.stringContaining('--port must be a number') });
    expect(await run('serve', '--port', '70000')).toMatchObject({ code: 2 });
    expect(await run('serve', 'extra')).toMatchObject({ code: 2 });
    expect(await run('serve', '--token', '')).toMatchObject({ code: 2, err: expect.stringContaining('--token') });
  });
});
