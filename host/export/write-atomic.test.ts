import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './write-atomic';

// writeSync is replaced by a pass-through that a test can make fail half-way, as a full disk would.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, writeSync: vi.fn(actual.writeSync) };
});

const scratch: string[] = [];
afterEach(() => {
  vi.mocked(fs.writeSync).mockReset();
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = fs.mkdtempSync(join(tmpdir(), 'speechdesk-atomic-'));
  scratch.push(dir);
  return dir;
}

const actualWriteSync = (await vi.importActual<typeof import('node:fs')>('node:fs')).writeSync;

describe('writeFileAtomic', () => {
  it('replaces the file with the whole new content', () => {
    const dir = workDir();
    const path = join(dir, '讲话.txt');
    fs.writeFileSync(path, '旧稿');
    vi.mocked(fs.writeSync).mockImplementation(actualWriteSync);
    writeFileAtomic(path, '新稿'.repeat(10_000));
    expect(fs.readFileSync(path, 'utf8')).toBe('新稿'.repeat(10_000));
    expect(fs.readdirSync(dir)).toEqual(['讲话.txt']);
  });

  it('keeps the old file and removes the half-written one when writing fails part-way', () => {
    const dir = workDir();
    const path = join(dir, '讲话.txt');
    fs.writeFileSync(path, '旧稿');
    vi.mocked(fs.writeSync).mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (offset > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return actualWriteSync(fd, buffer, offset, Math.floor(length / 2));
    }) as typeof fs.writeSync);
    expect(() => writeFileAtomic(path, '新稿'.repeat(10_000))).toThrow(/ENOSPC/);
    expect(vi.mocked(fs.writeSync)).toHaveBeenCalledTimes(2);
    expect(fs.readFileSync(path, 'utf8')).toBe('旧稿');
    expect(fs.readdirSync(dir)).toEqual(['讲话.txt']);
  });
});
