import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLAB_PATH, type DocumentSummary } from '../common/api';
import { typeUntilKilled } from './testing/crash-typing';
import { startHostChild } from './testing/host-child';
import { connectProvider, readBody, tempDataDir } from './testing/test-host';

/**
 * Acknowledged means stored: a host killed with SIGKILL right after acknowledging an edit must show that edit
 * after a restart. The host runs as a real child process, as in production.
 */

const TOKEN = 't';
const ROUNDS = 5;
// Six host starts from source (tsx) and five typing runs: on a busy 2-core machine this takes well over a minute.
const CRASH_TEST_LIMIT_MS = 240_000;

const startHost = (dataDir: string) => startHostChild({ dataDir, token: TOKEN, entry: 'source' });

const collabUrl = (url: string) => `${url.replace(/^http/, 'ws')}${COLLAB_PATH}?token=${TOKEN}`;
const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('keeps every acknowledged character across SIGKILLs, compaction included', async () => {
    let host = await startHost(dataDir);
    const created = await fetch(`${host.url}/api/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: '抗崩溃测试' }),
    });
    const { id } = (await created.json()) as DocumentSummary;

    for (let round = 0; round < ROUNDS; round++) {
      const writer = await connectProvider(collabUrl(host.url), id, TOKEN);
      // Different lengths put the kill before, at and after the compaction every 200 updates.
      const acknowledged = await typeUntilKilled(writer, host, 90 + round * 70);
      writer.destroy();
      expect(await host.exited).toBeNull();

      host = await startHost(dataDir);
      const reader = await connectProvider(collabUrl(host.url), id, TOKEN);
      const recovered = readBody(reader.document);
      reader.destroy();
      expect(recovered.length).toBeGreaterThanOrEqual(acknowledged.length);
      expect(recovered.startsWith(acknowledged)).toBe(true);
    }

    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
  }, CRASH_TEST_LIMIT_MS);
});
