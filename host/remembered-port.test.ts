import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeServeRecord } from './serve-record';
import { AlreadyServingError, listenOnRememberedPort, PORT_RECORD_FILE, readRememberedPort, rememberPort, type Listen } from './remembered-port';
import { tempDataDir } from './testing/test-host';

const servers: Server[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = tempDataDir();
  dirs.push(dir);
  return dir;
}

/** A real listening socket on 127.0.0.1, as the host's own listen makes. */
const listen: Listen = (port) =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      servers.push(server);
      resolve((server.address() as AddressInfo).port);
    });
  });

async function closeAll(): Promise<void> {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
}

const recordText = (dir: string) => readFileSync(join(dir, PORT_RECORD_FILE), 'utf8');

describe('listenOnRememberedPort', () => {
  it('takes a free port on the first launch, records it, and listens on it again on the next', async () => {
    const dir = dataDir();
    const first = await listenOnRememberedPort(dir, listen);
    expect(first.previous).toBeUndefined();
    expect(first.port).toBeGreaterThan(0);
    expect(readRememberedPort(dir)).toBe(first.port);
    await closeAll();

    const second = await listenOnRememberedPort(dir, listen);
    expect(second).toEqual({ port: first.port, previous: first.port });
    expect(readRememberedPort(dir)).toBe(first.port);
  });

  it('moves to a new port and records it when another program holds the remembered one', async () => {
    const dir = dataDir();
    const taken = await listen(0);
    rememberPort(dir, taken);

    const choice = await listenOnRememberedPort(dir, listen);
    expect(choice.previous).toBe(taken);
    expect(choice.port).not.toBe(taken);
    expect(readRememberedPort(dir)).toBe(choice.port);
  });

  it('takes a random port and rewrites an unreadable record whole, leaving no partial file behind', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, PORT_RECORD_FILE), '{"port": 7');

    const choice = await listenOnRememberedPort(dir, listen);
    expect(choice.previous).toBeUndefined();
    expect(JSON.parse(recordText(dir))).toEqual({ port: choice.port });
    expect(readdirSync(dir).filter((name) => name.startsWith(PORT_RECORD_FILE))).toEqual([PORT_RECORD_FILE]);
  });

  it('treats a record outside the port range as unreadable', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, PORT_RECORD_FILE), JSON.stringify({ port: 70000 }));
    expect(readRememberedPort(dir)).toBeUndefined();
    const choice = await listenOnRememberedPort(dir, listen);
    expect(readRememberedPort(dir)).toBe(choice.port);
  });

  it('refuses a second host of the same data directory instead of moving it to another port', async () => {
    const dir = dataDir();
    const first = await listenOnRememberedPort(dir, listen);
    // What the first host's `serve` writes once it listens; this process stands in for it (it is alive).
    writeServeRecord(dir, `http://127.0.0.1:${first.port}`);

    await expect(listenOnRememberedPort(dir, listen)).rejects.toThrow(AlreadyServingError);
    expect(readRememberedPort(dir)).toBe(first.port);
    expect(servers).toHaveLength(1);
  });

  it('passes on a failure that is not about the port being unavailable', async () => {
    const dir = dataDir();
    rememberPort(dir, 5555);
    const broken: Listen = () => Promise.reject(Object.assign(new Error('no network'), { code: 'ENETDOWN' }));
    await expect(listenOnRememberedPort(dir, broken)).rejects.toThrow('no network');
    expect(readRememberedPort(dir)).toBe(5555);
  });
});
