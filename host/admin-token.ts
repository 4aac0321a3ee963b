import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateToken } from './token';

export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * The team server's token: created on first start and kept in the data directory (readable by its owner
 * only), so that the links handed to colleagues keep working across restarts.
 */
export function loadOrCreateAdminToken(dataDir: string): string {
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  const existing = readToken(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const token = generateToken();
  try {
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return token;
  } catch (error) {
    // Another process created it first: use theirs.
    const raced = (error as NodeJS.ErrnoException).code === 'EEXIST' ? readToken(file) : undefined;
    if (raced) return raced;
    throw error;
  }
}

function readToken(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
