import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostChild } from '../host/testing/host-child';

/**
 * One built host (dist/host/cli.js, serving dist/renderer) on a temporary data directory for the whole run;
 * specs reach it through SPEECHDESK_URL and SPEECHDESK_TOKEN.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'speechdesk-e2e-'));
  const token = randomBytes(16).toString('hex');
  const host = await startHostChild({ dataDir, token, entry: 'built' });
  process.env.SPEECHDESK_URL = host.url;
  process.env.SPEECHDESK_TOKEN = token;
  return async () => {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
