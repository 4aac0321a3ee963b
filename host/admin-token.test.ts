import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_FILE, loadOrCreateAdminToken } from './admin-token';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'speechdesk-token-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadOrCreateAdminToken', () => {
  it('creates the token once, owner-only, and reuses it', () => {
    const dir = join(tempDir(), 'nested');
    const token = loadOrCreateAdminToken(dir);
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, ADMIN_TOKEN_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateAdminToken(dir)).toBe(token);
  });

  it('keeps a token written by hand', () => {
    const dir = tempDir();
    writeFileSync(join(dir, ADMIN_TOKEN_FILE), 'team-secret\n');
    expect(loadOrCreateAdminToken(dir)).toBe('team-secret');
  });
});
