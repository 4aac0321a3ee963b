import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLAB_PATH } from '../../common/api';
import { DATABASE_FILE } from '../../host/db/database';
import { startHostChild, type HostChild } from '../../host/testing/host-child';

/** Resident memory of a process, from /proc (Linux), in MiB. */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** CPU time a process has used so far (user + system), in seconds, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The product host as users run it: the built dist/host/cli.js in its own process (as e2e/global-setup.ts
 * starts it), on a fresh temporary data directory, restartable on the same port so that the browser's origin
 * (and its storage) stays the same.
 */
export class BuiltHost {
  readonly token = randomBytes(16).toString('hex');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'speechdesk-bench-'));
  private child: HostChild | undefined;

  private constructor(private readonly nodeArgs: string[]) {}

  /** `nodeArgs` go to node (e.g. --cpu-prof). */
  static async start(nodeArgs: string[] = []): Promise<BuiltHost> {
    const host = new BuiltHost(nodeArgs);
    host.child = await startHostChild({ dataDir: host.dataDir, token: host.token, entry: 'built', nodeArgs });
    return host;
  }

  private get running(): HostChild {
    if (!this.child) throw new Error('the host is stopped');
    return this.child;
  }

  get url(): string {
    return this.running.url;
  }

  get collabUrl(): string {
    return `${this.url.replace(/^http/, 'ws')}${COLLAB_PATH}?token=${encodeURIComponent(this.token)}`;
  }

  get pid(): number {
    const pid = this.running.child.pid;
    if (pid === undefined) throw new Error('the host has no process id');
    return pid;
  }

  rssMiB(): number {
    return rssMiB(this.pid);
  }

  cpuSeconds(): number {
    return cpuSeconds(this.pid);
  }

  /** Stops the host (it flushes and closes its database) and starts it again on the same port and data. */
  async restart(): Promise<void> {
    const port = new URL(this.url).port;
    await this.stop();
    this.child = await startHostChild({ dataDir: this.dataDir, token: this.token, entry: 'built', nodeArgs: this.nodeArgs, args: ['--port', port] });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await child?.stop();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** The database file and its write-ahead log, in bytes. */
  databaseBytes(): number {
    let bytes = 0;
    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
      try {
        bytes += statSync(join(this.dataDir, file)).size;
      } catch {
        // No WAL after a clean close.
      }
    }
    return bytes;
  }

  fetch(path: string, init: { method?: string; body?: unknown; bytes?: Uint8Array } = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    let body: BodyInit | undefined;
    if (init.bytes) {
      headers['Content-Type'] = 'application/octet-stream';
      body = Buffer.from(init.bytes);
    } else if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    return fetch(`${this.url}${path}`, { method: init.method ?? 'GET', headers, body });
  }

  /** A JSON request that must succeed. */
  async api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await this.fetch(path, init);
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
