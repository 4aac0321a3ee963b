import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Written by a running `serve` into its data directory, so that other commands (invite) know where it is. */
export const SERVE_RECORD_FILE = 'serve.json';

const recordSchema = z.object({ url: z.string().regex(/^https?:\/\/[^/\s]+$/), pid: z.number().int().positive() });
export type ServeRecord = z.infer<typeof recordSchema>;

export function writeServeRecord(dataDir: string, url: string): void {
  const record: ServeRecord = { url, pid: process.pid };
  writeFileSync(join(dataDir, SERVE_RECORD_FILE), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

/** Removes the record if it is this process's (a second serve on the same data directory may have replaced it). */
export function removeServeRecord(dataDir: string): void {
  if (readServeRecord(dataDir)?.pid === process.pid) rmSync(join(dataDir, SERVE_RECORD_FILE), { force: true });
}

function readServeRecord(dataDir: string): ServeRecord | undefined {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(join(dataDir, SERVE_RECORD_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The URL of the serve that runs on this data directory now, if any (a record left by a killed one is ignored). */
export function runningServeUrl(dataDir: string): string | undefined {
  const record = readServeRecord(dataDir);
  return record && alive(record.pid) ? record.url : undefined;
}
