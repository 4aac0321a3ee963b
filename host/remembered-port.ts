/**
 * The desktop host's port, kept the same from one launch to the next (docs/desktop.md, "A stable origin").
 * Browsers keep localStorage and IndexedDB per origin, port included: on a new port every launch, the renderer
 * would forget the user's name and colour, its local copies of speeches and its settings. So the first launch
 * takes a free port and records it in the data directory, and later launches listen on that port again.
 * Binding is the only test of whether a port is free (a probe before it could lose a race), so the caller
 * passes its own `listen`, and this module decides which port to ask it for.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runningServeUrl } from './serve-record';

export const PORT_RECORD_FILE = 'port.json';

/** Listens on `port` (0: a free one) and resolves with the port it listens on; rejects when it cannot. */
export type Listen = (port: number) => Promise<number>;

const recordSchema = z.object({ port: z.number().int().min(1).max(65535) });

/** The recorded port, or undefined when there is none or it cannot be read (then a new one is recorded). */
export function readRememberedPort(dataDir: string): number | undefined {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(join(dataDir, PORT_RECORD_FILE), 'utf8')));
    return parsed.success ? parsed.data.port : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Written to a file of its own and renamed over the record, so that a crash or a full disk in the middle
 * leaves the old record or the new one, never half of one.
 */
export function rememberPort(dataDir: string, port: number): void {
  const record = join(dataDir, PORT_RECORD_FILE);
  const partial = `${record}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, `${JSON.stringify({ port })}\n`, { mode: 0o600 });
    renameSync(partial, record);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Another host already serves this data directory on its remembered port. */
export class AlreadyServingError extends Error {
  constructor(readonly url: string) {
    super(`Speechdesk is already running on this data directory at ${url}`);
    this.name = 'AlreadyServingError';
  }
}

export interface PortChoice {
  port: number;
  /** The port recorded before this launch, if a readable record existed. */
  previous: number | undefined;
}

/** EACCES: Windows reserves whole port ranges (e.g. for Hyper-V) and refuses binding there with it. */
const UNAVAILABLE = new Set(['EADDRINUSE', 'EACCES']);
const isUnavailable = (error: unknown) => UNAVAILABLE.has(String((error as NodeJS.ErrnoException | undefined)?.code));

/**
 * Listens on the remembered port; when there is no readable record, or another program holds that port,
 * listens on a free port and records it. A running host of this same data directory on that port is not
 * "another program": it is a second instance, which is refused rather than moved, so that it neither opens
 * a second window on the same database nor records a port the first one will not find next time.
 */
export async function listenOnRememberedPort(dataDir: string, listen: Listen): Promise<PortChoice> {
  const previous = readRememberedPort(dataDir);
  if (previous !== undefined) {
    try {
      return { port: await listen(previous), previous };
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      const running = runningServeUrl(dataDir);
      if (running !== undefined && new URL(running).port === String(previous)) throw new AlreadyServingError(running);
    }
  }
  const port = await listen(0);
  rememberPort(dataDir, port);
  return { port, previous };
}
