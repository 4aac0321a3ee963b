import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dismissFinding } from '../../common/checks/dismissal';
import { speechDoc, VARIABLES } from '../../common/checks/fixture';
import { SETTINGS_MAP } from '../../common/collab';
import { runCli as run } from '../testing/run-cli';
import { openDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { createSpeechFromDoc } from '../library/library';
import { allAcknowledged, scratchDir, useTestHosts } from '../testing/test-host';

const startHost = useTestHosts();

function workDir(): { root: string; data: string } {
  const root = scratchDir('speechdesk-check-');
  return { root, data: join(root, 'data') };
}

const REPEATED = '各重点项目要倒排工期，确保年底前完成年度投资计划。';

function seedSpeech(data: string, blocks: Parameters<typeof speechDoc>[0] = ['一、攻坚克难，确保全年目标圆满收官', `增速X%。${REPEATED}`, REPEATED, '区环境保护局要加强监管。']): string {
  const doc = speechDoc(blocks);
  const db = openDatabase(data);
  try {
    return createSpeechFromDoc(new DocumentStore(db), doc, 'speech', VARIABLES).id;
  } finally {
    db.close();
  }
}

describe('speechdesk check', () => {
  it('prints the findings as JSON in document order and exits 0', async () => {
    const { data } = workDir();
    const id = seedSpeech(data);
    const result = await run('check', id, '--data', data, '--json');
    expect(result.code).toBe(0);
    const { findings } = JSON.parse(result.out) as { findings: Array<Record<string, unknown>> };
    expect(findings.map(({ kind, text }) => [kind, text])).toEqual([
      ['typed-numbering', '一、'],
      ['unknown-value', 'X%'],
      ['repeated-sentence', REPEATED],
      ['outdated-formulation', '环境保护局'],
    ]);
    expect(Object.keys(findings[0] ?? {})).toEqual(['kind', 'message', 'text', 'from', 'to']);
    expect(findings[3]).toMatchObject({ message: "'环境保护局' has been '生态环境局' since 2018-03-21" });
  });

  it('reports stale plans, broken enumerations, a wrong announced count and years in Chinese numerals', async () => {
    const { data } = workDir();
    // The speech is given on 2024年10月9日, reviewing 前三季度.
    const id = seedSpeech(data, ['下面，我讲三点意见。', { heading: '攻坚克难' }, '一是抓项目，二是抓招商，四是抓民生。今年下半年要加力。', { heading: '守牢底线' }, '二〇二三年底前完成的任务，到2023年底前完成。']);
    const { findings } = JSON.parse((await run('check', id, '--data', data, '--json')).out) as { findings: Array<{ kind: string; text: string; message: string }> };
    expect(findings.map(({ kind, text }) => [kind, text])).toEqual([
      ['announced-count', '讲三点'],
      ['enumeration-sequence', '四是'],
      ['passed-period', '今年下半年要'],
      ['chinese-numeral-year', '二〇二三年'],
      ['passed-period', '到2023年底前'],
    ]);
    expect(findings[0]?.message).toBe("'讲三点' announces 3 parts, but 2 follow");
  });

  it('prints a readable list without --json', async () => {
    const { data } = workDir();
    const id = seedSpeech(data);
    const result = await run('check', id, '--data', data);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toHaveLength(5);
    expect(result.out).toContain('typed-numbering  「一、」  numbering');
    expect(result.out.endsWith('4 findings')).toBe(true);
  });

  it('leaves out findings a co-editor dismissed in the open speech', async () => {
    const { data } = workDir();
    const id = seedSpeech(data);
    const host = await startHost({ dataDir: data });
    const writer = await host.connect(id);
    dismissFinding(writer.document.getMap(SETTINGS_MAP), 'unknown-value:X%');
    await allAcknowledged(writer);
    const { findings } = JSON.parse((await run('check', id, '--data', data, '--json')).out) as { findings: Array<{ kind: string }> };
    expect(findings.map((finding) => finding.kind)).toEqual(['typed-numbering', 'repeated-sentence', 'outdated-formulation']);
  });

  it('reads another formulations list, and names the file and line of a broken one', async () => {
    const { root, data } = workDir();
    const id = seedSpeech(data);
    const list = join(root, 'list.txt');
    writeFileSync(list, '# 自定义\n增速 => 增长速度 @ 2020-01-01\n');
    const { findings } = JSON.parse((await run('check', id, '--data', data, '--json', '--formulations', list)).out) as { findings: Array<{ kind: string; text: string }> };
    expect(findings.filter((finding) => finding.kind === 'outdated-formulation').map((finding) => finding.text)).toEqual(['增速']);
    writeFileSync(list, '增速 => 增长速度 @ 2020-13-01\n');
    expect(await run('check', id, '--data', data, '--formulations', list)).toMatchObject({ code: 1, err: `speechdesk check: ${list}:1: the date does not exist` });
  });

  it('refuses an unknown id with exit code 1, naming it', async () => {
    const { data } = workDir();
    seedSpeech(data);
    expect(await run('check', 'no-such-id', '--data', data, '--json')).toEqual({ code: 1, out: '', err: 'speechdesk check: document no-such-id not found' });
  });

  it('refuses wrong arguments with exit code 2', async () => {
    expect(await run('check')).toMatchObject({ code: 2, err: expect.stringContaining('missing ID') });
    expect(await run('check', 'a', 'b')).toMatchObject({ code: 2, err: expect.stringContaining('one ID at a time') });
    expect(await run('check', 'a', '--jsn')).toMatchObject({ code: 2 });
  });
});
