import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built host (dist/host/cli.js) running as a child process on a temporary data directory. */
export interface HostProcess {
  url: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/[^\s#]+)/;

export async function startHostProcess(options: { dataDir?: string; token?: string } = {}): Promise<HostProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'speechdesk-e2e-'));
  const token = options.token ?? randomBytes(16).toString('hex');
  const child = spawn(process.execPath, ['dist/host/cli.js', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--token', token], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) resolve(match[1].replace(/\/$/, ''));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code} before listening:\n${output}`)));
  });
  return {
    url,
    token,
    dataDir,
    child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
