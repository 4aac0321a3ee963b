import { existsSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../common/api';
import { scratchDir, tempDataDir, useTestHosts, type TestHost } from './test-host';

// Each check reads what the test before it left behind: the hooks under test run in between.
const left: { first?: TestHost; second?: TestHost; givenDir?: string; scratch?: string; cleaned: string[]; shared?: TestHost } = { cleaned: [] };

const serves = (h: TestHost | undefined) =>
  fetch(`${h?.url}${apiRoutes.session()}`).then(
    () => true,
    () => false,
  );

describe('useTestHosts', () => {
  const host = useTestHosts();

  it('starts hosts that answer the test token, also on a data directory the test brings', async () => {
    const first = await host();
    const { id } = await first.createSpeech('讲话');
    const provider = await first.connect(id);
    provider.on('destroy', () => left.cleaned.push('provider'));
    first.afterTest(() => left.cleaned.push('own client'));
    const givenDir = tempDataDir();
    const second = await host({ dataDir: givenDir });
    expect((await first.request('GET', apiRoutes.session())).status).toBe(200);
    expect(second.dataDir).toBe(givenDir);
    Object.assign(left, { first, second, givenDir, scratch: scratchDir() });
  });

  it('closed them after that test, their clients first, and removed only the directories it made', async () => {
    expect(existsSync(left.scratch ?? '')).toBe(false);
    expect(left.cleaned).toEqual(['provider', 'own client']);
    expect(await serves(left.first)).toBe(false);
    expect(await serves(left.second)).toBe(false);
    expect(existsSync(left.first?.dataDir ?? '')).toBe(false);
    expect(existsSync(left.givenDir ?? '')).toBe(true);
    rmSync(left.givenDir ?? '', { recursive: true, force: true });
  });
});

describe("useTestHosts('file')", () => {
  const host = useTestHosts('file');
  beforeAll(async () => {
    left.shared = await host();
  });

  it('starts a host in beforeAll', async () => {
    expect(await serves(left.shared)).toBe(true);
  });

  it('keeps it serving from one test to the next', async () => {
    expect(await serves(left.shared)).toBe(true);
  });
});

describe("after the tests of useTestHosts('file')", () => {
  it('the host is closed and its data directory removed', async () => {
    expect(await serves(left.shared)).toBe(false);
    expect(existsSync(left.shared?.dataDir ?? '')).toBe(false);
  });
});
