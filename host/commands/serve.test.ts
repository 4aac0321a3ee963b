import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHostChild, type HostChild } from '../testing/host-child';
import { rememberPort } from '../remembered-port';
import { runCli } from '../testing/run-cli';
import { tempDataDir } from '../testing/test-host';

const started: HostChild[] = [];
const scratch: string[] = [];

afterEach(async () => {
  for (const host of started.splice(0)) await host.stop();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('speechdesk serve', () => {
  it('takes relative --data and --static paths from the working directory', async () => {
    const cwd = tempDataDir();
    scratch.push(cwd);
    mkdirSync(join(cwd, 'site'));
    writeFileSync(join(cwd, 'site', 'index.html'), '<!doctype html><title>讲稿台</title>');
    const host = await startHostChild({ dataDir: 'data', token: 't', entry: 'source', cwd, args: ['--static', 'site'] });
    started.push(host);
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('讲稿台');
    const list = await fetch(`${host.url}/api/documents`, { headers: { Authorization: 'Bearer t' } });
    expect(list.status).toBe(200);
    expect(await host.stop()).toBe(0);
  });

  it('with --remember-port listens on the same origin after a restart', async () => {
    const dataDir = tempDataDir();
    scratch.push(dataDir);
    const first = await startHostChild({ dataDir, token: 't', entry: 'source', rememberPort: true });
    started.push(first);
    expect(await first.stop()).toBe(0);
    const second = await startHostChild({ dataDir, token: 't', entry: 'source', rememberPort: true });
    started.push(second);
    expect(second.url).toBe(first.url);
  });

  it('with --remember-port refuses a second host of the same data directory and leaves the first one serving', async () => {
    const dataDir = tempDataDir();
    scratch.push(dataDir);
    const first = await startHostChild({ dataDir, token: 't', entry: 'source', rememberPort: true });
    started.push(first);
    await expect(startHostChild({ dataDir, token: 't', entry: 'source', rememberPort: true })).rejects.toThrow(`Speechdesk is already running on this data directory at ${first.url}`);
    const list = await fetch(`${first.url}/api/documents`, { headers: { Authorization: 'Bearer t' } });
    expect(list.status).toBe(200);
  });

  it('refuses --port together with --remember-port', async () => {
    const { code, err } = await runCli('serve', '--port', '4870', '--remember-port');
    expect(code).toBe(2);
    expect(err).toContain('--port and --remember-port cannot be used together');
  });

  it('in a utility process, names the remembered port it had to leave in its ready message and stops on shutdown', async () => {
    const dataDir = tempDataDir();
    scratch.push(dataDir);
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const taken = (squatter.address() as AddressInfo).port;
    rememberPort(dataDir, taken);
    // What Electron's utilityProcess gives the host as process.parentPort.
    let deliver: ((event: { data: unknown }) => void) | undefined;
    const announced = new Promise<Record<string, unknown>>((resolve) => {
      Object.assign(process, { parentPort: { postMessage: resolve, on: (_event: 'message', listener: typeof deliver) => (deliver = listener) } });
    });
    try {
      const served = runCli('serve', '--remember-port', '--host', '127.0.0.1', '--data', dataDir, '--token', 't');
      const ready = await announced;
      expect(ready).toMatchObject({ type: 'ready', movedFrom: taken, url: `http://127.0.0.1:${String(ready.port)}` });
      expect(ready.port).not.toBe(taken);
      deliver?.({ data: { type: 'shutdown' } });
      const { code, err } = await served;
      expect(code).toBe(0);
      expect(err).toContain(`port ${taken} is taken by another program; now on port ${String(ready.port)}`);
    } finally {
      delete (process as { parentPort?: unknown }).parentPort;
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
