import { rmSync } from 'node:fs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLAB_PATH, type DocumentSummary } from '../common/api';
import { startHostChild, type HostChild } from './testing/host-child';
import { bodyText, connectProvider, readBody, tempDataDir } from './testing/test-host';

/**
 * Acknowledged means stored: a host killed with SIGKILL right after acknowledging an edit must show that edit
 * after a restart. The host runs as a real child process, as in production.
 */

const TOKEN = 't';
const ROUNDS = 5;

const startHost = (dataDir: string) => startHostChild({ dataDir, token: TOKEN, entry: 'source' });

const collabUrl = (url: string) => `${url.replace(/^http/, 'ws')}${COLLAB_PATH}?token=${TOKEN}`;
const TYPED = '我们要坚持以人民为中心的发展思想2025年目标任务全面完成';

/**
 * Types in bursts of one to four characters, each character its own update, the next burst as soon as the
 * previous one is acknowledged. Once `minimum` characters are in, it records the text at the moment everything
 * is acknowledged, sends one more burst (left unacknowledged) and kills the host while it receives it.
 */
function typeUntilKilled(provider: HocuspocusProvider, host: HostChild, minimum: number): Promise<string> {
  const text = bodyText(provider.document);
  let typed = 0;
  const burst = () => {
    const size = 1 + (typed % 4);
    for (let i = 0; i < size; i++, typed++) text.insert(text.length, TYPED[typed % TYPED.length] ?? '字');
  };
  return new Promise((resolve) => {
    const onAcknowledged = ({ number }: { number: number }) => {
      if (number !== 0) return;
      if (typed < minimum) return setImmediate(burst);
      provider.off('unsyncedChanges', onAcknowledged);
      const acknowledged = text.toString();
      burst();
      host.child.kill('SIGKILL');
      resolve(acknowledged);
    };
    provider.on('unsyncedChanges', onAcknowledged);
    burst();
  });
}

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
  });
});
