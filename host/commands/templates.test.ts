import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli-main';
import { shippedTemplatesDir } from '../templates/shipped-templates-dir';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
  return { code, out, err: err.join('\n') };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'speechdesk-templates-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('speechdesk templates check', () => {
  it('passes the shipped templates with exit code 0 and a summary', async () => {
    const result = await run('templates', 'check', shippedTemplatesDir());
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toHaveLength(1);
    expect(result.out[0]).toMatch(/^\d+ files: \d+ sections and 2 skeletons valid, 0 problems$/);
  });

  it('prints each problem as file:line:column: message and exits 1', async () => {
    const dir = folder({
      'sections/good.section.txt': '---\nid: good\nname: 好的\nkind: closing\n---\n同志们，加油干！\n',
      'sections/bad.section.txt': '---\nid: bad\nname: 坏的\nkind: deploy\n---\n增长{{地区生产总值增长}}。\n++ 【没有句号】正文\n',
      'skeletons/s.skeleton.txt': '---\nid: s\nname: 会议\ntitle: 讲话\nsections: [good, missing]\n---\n',
      'notes.md': 'not a template',
    });
    const result = await run('templates', 'check', dir);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      `${join(dir, 'sections/bad.section.txt')}:6:3: unknown indicator '地区生产总值增长' (templates/README.md lists the known ones)`,
      `${join(dir, 'sections/bad.section.txt')}:7:9: the lead sentence has no sentence end: finish it with 。, ！ or ？ before 】`,
      `${join(dir, 'skeletons/s.skeleton.txt')}:5:18: section 'missing' does not exist (or failed to load)`,
      '3 files: 1 sections and 0 skeletons valid, 3 problems',
    ]);
  });

  it('exits 1 for a folder that does not exist and 2 for wrong arguments', async () => {
    expect(await run('templates', 'check', join(tmpdir(), 'speechdesk-no-such-folder'))).toMatchObject({ code: 1, err: expect.stringContaining('is not a folder') });
    expect(await run('templates')).toMatchObject({ code: 2, err: expect.stringContaining('missing action: check') });
    expect(await run('templates', 'lint', 'x')).toMatchObject({ code: 2, err: expect.stringContaining("unknown action 'lint'") });
    expect(await run('templates', 'check')).toMatchObject({ code: 2, err: expect.stringContaining('missing DIR') });
    expect(await run('templates', 'check', 'a', 'b')).toMatchObject({ code: 2, err: expect.stringContaining("unexpected argument 'b'") });
  });
});
