/**
 * The host's life as a child of the main process (docs/design.md, "Processes"): the arguments it is
 * started with, waiting for its `ready` message, and stopping it so that pending writes are flushed.
 * Works on a minimal child interface that Electron's UtilityProcess satisfies, so it is tested in Node
 * without Electron.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The part of Electron's UtilityProcess this module uses. */
export interface HostChild {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  postMessage(message: unknown): void;
  kill(): boolean;
}

export interface HostLaunch {
  token: string;
  dataDir: string;
}

/**
 * A new token for each launch, so that whoever saw an earlier one (a log, a crash report) cannot use it now.
 * Hex, not base64url: a token starting with '-' would be read by the host's argument parser as an option.
 */
export function newHostToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * `dist/host/cli.js serve` on loopback, so that no other machine can reach it, and on the port remembered in
 * the data dir, so that the window's origin, and with it the renderer's local data, stays the same across
 * launches (docs/desktop.md, "A stable origin").
 */
export function hostArguments({ token, dataDir }: HostLaunch): string[] {
  return ['serve', '--remember-port', '--host', '127.0.0.1', '--token', token, '--data', dataDir];
}

const readyMessageSchema = z.object({
  type: z.literal('ready'),
  url: z.string(),
  port: z.number().int().optional(),
  /** Set when the remembered port was taken by another program and the host moved (docs/desktop.md). */
  movedFrom: z.number().int().min(1).max(65535).optional(),
});

export interface HostReady {
  origin: string;
  /** The port of the previous launches when this launch had to move away from it, else null. */
  movedFrom: number | null;
}

/** What a `ready` message announces, or null for any other message. */
export function readHostReady(message: unknown): HostReady | null {
  const parsed = readyMessageSchema.safeParse(message);
  if (!parsed.success) return null;
  let url: URL;
  try {
    url = new URL(parsed.data.url);
  } catch {
    return null;
  }
  // The window trusts exactly this origin, so accept nothing but the loopback address the host was told to use.
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '') return null;
  if (parsed.data.port !== undefined && String(parsed.data.port) !== url.port) return null;
  return { origin: url.origin, movedFrom: parsed.data.movedFrom ?? null };
}

export type HostStartFailure = { reason: 'exited'; code: number } | { reason: 'timeout'; afterMs: number };

export class HostStartError extends Error {
  constructor(readonly failure: HostStartFailure) {
    super(failure.reason === 'exited' ? `host exited with code ${failure.code} before it was ready` : `host was not ready after ${failure.afterMs} ms`);
    this.name = 'HostStartError';
  }
}

export type HostStop = 'exited' | 'killed' | 'already-exited';

export class HostProcess {
  /** Resolves with the exit code whenever the host ends, expected or not. */
  readonly exited: Promise<number>;
  private exitCode: number | null = null;
  private stopping: Promise<HostStop> | null = null;

  constructor(private readonly child: HostChild) {
    this.exited = new Promise((resolve) => {
      child.on('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      });
    });
  }

  get isStopping(): boolean {
    return this.stopping !== null;
  }

  /** What the host announced once it is ready; rejects with HostStartError otherwise. */
  ready(timeoutMs: number): Promise<HostReady> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: unknown) => {
        const announced = readHostReady(message);
        if (announced === null) return;
        settle();
        resolve(announced);
      };
      const timer = setTimeout(() => {
        settle();
        reject(new HostStartError({ reason: 'timeout', afterMs: timeoutMs }));
      }, timeoutMs);
      let settled = false;
      const settle = () => {
        settled = true;
        clearTimeout(timer);
        this.child.off('message', onMessage);
      };
      this.child.on('message', onMessage);
      void this.exited.then((code) => {
        if (settled) return;
        settle();
        reject(new HostStartError({ reason: 'exited', code }));
      });
    });
  }

  /**
   * Asks the host to shut down (it closes connections and flushes its writes), waits up to `graceMs` for
   * it to exit, and kills it only after that. Calling it again returns the same stop.
   */
  stop(graceMs: number): Promise<HostStop> {
    this.stopping ??= this.stopOnce(graceMs);
    return this.stopping;
  }

  private async stopOnce(graceMs: number): Promise<HostStop> {
    if (this.exitCode !== null) return 'already-exited';
    this.child.postMessage({ type: 'shutdown' });
    if (await this.exitsWithin(graceMs)) return 'exited';
    this.child.kill();
    // kill() sends SIGTERM and reaps the child; the wait is bounded so that quitting can never hang.
    await this.exitsWithin(graceMs);
    return 'killed';
  }

  private exitsWithin(ms: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    return Promise.race([this.exited.then(() => true), timeout]).finally(() => clearTimeout(timer));
  }
}
