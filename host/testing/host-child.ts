import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A host running as a real child process (`speechdesk serve`), as in production: for crash and end-to-end tests. */
export interface HostChild {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  url: string;
  child: ChildProcess;
  /** The exit code, or null when a signal ended it. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit (the host flushes before it exits). */
  stop(): Promise<number | null>;
}

export interface HostChildOptions {
  dataDir: string;
  token: string;
  /** `source` runs host/cli.ts through tsx; `built` runs dist/host/cli.js (made by `npm run build:host`). */
  entry: 'source' | 'built';
  /** More arguments for `serve`, such as --static. */
  args?: string[];
  /** Options for node itself, before the entry (such as --cpu-prof for a benchmark's profile). */
  nodeArgs?: string[];
  cwd?: string;
  /** `--remember-port` instead of `--port 0`, as the desktop app starts it. */
  rememberPort?: boolean;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Resolved here, not by node from the child's working directory, which may be anywhere.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const LISTENING = /listening on (http:\/\/[^\s/#]+)/;

export function startHostChild(options: HostChildOptions): Promise<HostChild> {
  const entry = options.entry === 'source' ? ['--import', tsxLoader, `${projectRoot}/host/cli.ts`] : [`${projectRoot}/dist/host/cli.js`];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry, 'serve', ...(options.rememberPort ? ['--remember-port'] : ['--port', '0']), '--host', '127.0.0.1', '--data', options.dataDir, '--token', options.token, ...(options.args ?? [])], {
    cwd: options.cwd ?? projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) resolve({ url: match[1], child, exited, stop });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`host exited with ${code} before listening:\n${output}`)));
  });
}
