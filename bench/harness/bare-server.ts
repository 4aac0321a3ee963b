import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, rssMiB } from './built-host';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LISTENING = /listening on (http:\/\/\S+)/;

/** The baseline server (bench/servers/bare-server.ts, built to dist/bench/server) in its own process. */
export class BareServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static start(workloadFile: string): Promise<BareServer> {
    const child = spawn(process.execPath, [`${root}/dist/bench/server/bare-server.js`, '--static', `${root}/dist/bench/pages`, '--workload', workloadFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = LISTENING.exec(output);
        if (!match?.[1]) return;
        child.stdout?.off('data', onData);
        // Keep draining, so that a chatty server never blocks on a full pipe.
        child.stdout?.resume();
        resolve(new BareServer(match[1], child));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`bare server exited with ${code}:\n${output}`)));
    });
  }

  get collabUrl(): string {
    return `${this.url.replace(/^http/, 'ws')}/collab`;
  }

  page(file: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.url}/${file}${search ? `?${search}` : ''}`;
  }

  rssMiB(): number {
    if (this.child.pid === undefined) throw new Error('the bare server has no process id');
    return rssMiB(this.child.pid);
  }

  cpuSeconds(): number {
    if (this.child.pid === undefined) throw new Error('the bare server has no process id');
    return cpuSeconds(this.child.pid);
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}
