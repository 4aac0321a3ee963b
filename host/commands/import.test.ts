import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { apiRoutes, importResultSchema, type DocumentListResponse } from '../../common/api';
import { main } from '../cli-main';
import { DATABASE_FILE } from '../db/database';
import { OFFICIAL_LINES, SPEECH_HEADINGS, SPEECH_LINES, SPEECH_TITLE } from '../import/sample-speeches';
import { connectProvider, readStoredRows, scratchDir, useTestHosts } from '../testing/test-host';

const startHost = useTestHosts();

function workDir(): { files: string; data: string } {
  const root = scratchDir('speechdesk-import-');
  return { files: root, data: join(root, 'data') };
}

function writeSample(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
  return { code, out, err: err.join('\n') };
}

describe('speechdesk import', () => {
  it('prints exactly one ImportResult with --json', async () => {
    const { files, data } = workDir();
    const file = writeSample(files, '讲话.txt', iconv.encode(SPEECH_LINES.join('\r\n'), 'gbk'));
    const { code, out, err } = await run('import', file, '--data', data, '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toHaveLength(1);
    const result = importResultSchema.strict().parse(JSON.parse(out[0] ?? ''));
    expect(result).toMatchObject({ title: SPEECH_TITLE, numberingStyle: 'speech', headings: SPEECH_HEADINGS });
    expect(readStoredRows(data).documents).toEqual([expect.objectContaining({ id: result.id, title: SPEECH_TITLE, numbering_style: 'speech' })]);
  });

  it('prints a summary without --json', async () => {
    const { files, data } = workDir();
    const file = writeSample(files, '安全生产.txt', Buffer.from(OFFICIAL_LINES.join('\n')));
    const { code, out } = await run('import', file, '--data', data);
    expect(code).toBe(0);
    expect(out[0]).toBe('已导入 Imported: 关于全区安全生产工作的讲话');
    expect(out).toContain('  编号 Numbering: 公文 official');
    expect(out).toContain('      （一）压实属地责任');
    expect(out).toContain('  待填 Slots: 0');
  });

  it('refuses a bad file with exit code 1 and creates nothing', async () => {
    const { files, data } = workDir();
    const junk = writeSample(files, '讲话.txt', Buffer.from([0x00, 0x13, 0x37, 0xff]));
    expect(await run('import', junk, '--data', data)).toMatchObject({ code: 1, out: [], err: expect.stringContaining('讲话.txt is not a text file') });
    expect(existsSync(join(data, DATABASE_FILE))).toBe(false);

    await run('import', writeSample(files, 'ok.txt', Buffer.from(SPEECH_LINES.join('\n'))), '--data', data);
    const before = readStoredRows(data);
    const fake = writeSample(files, '讲话.docx', Buffer.from('同志们：'));
    expect(await run('import', fake, '--data', data, '--json')).toMatchObject({ code: 1, out: [], err: expect.stringContaining('讲话.docx is not a .docx file') });
    expect(await run('import', join(files, 'missing.txt'), '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('missing.txt: no such file') });
    expect(await run('import', writeSample(files, 'a.rtf', Buffer.from('{\\rtf1}')), '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('import accepts .txt and .docx') });
    expect(readStoredRows(data)).toEqual(before);
  });

  it('refuses wrong arguments with exit code 2', async () => {
    expect(await run('import')).toMatchObject({ code: 2, err: expect.stringContaining('missing FILE') });
    expect(await run('import', 'a.txt', 'b.txt')).toMatchObject({ code: 2, err: expect.stringContaining('one FILE at a time') });
    expect(await run('import', 'a.txt', '--bogus')).toMatchObject({ code: 2, err: expect.stringContaining("'--bogus'") });
    expect(await run('import', 'a.txt', '--json=yes')).toMatchObject({ code: 2 });
  });

  it('imports into the data directory of a running host, which lists and opens the new speech', async () => {
    const { files, data } = workDir();
    const host = await startHost({ dataDir: data });
    await host.createSpeech('已有的讲话');
    const file = writeSample(files, '讲话.txt', Buffer.from(SPEECH_LINES.join('\n')));
    const { code, out } = await run('import', file, '--data', data, '--json');
    expect(code).toBe(0);
    const { id } = importResultSchema.parse(JSON.parse(out[0] ?? ''));
    const list = (await (await host.request('GET', apiRoutes.documents())).json()) as DocumentListResponse;
    expect(list.documents.map((document) => document.title)).toEqual([SPEECH_TITLE, '已有的讲话']);
    const provider = await connectProvider(host.collabUrl(), id);
    try {
      expect(provider.document.getXmlFragment('prosemirror').length).toBeGreaterThan(SPEECH_HEADINGS.length);
    } finally {
      provider.destroy();
    }
  });
});
