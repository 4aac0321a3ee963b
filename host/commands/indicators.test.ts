import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCommitResultSchema, importPreviewSchema, indicatorListResponseSchema } from '../../common/indicators';
import { runCli as run } from '../testing/run-cli';
import { DATABASE_FILE } from '../db/database';
import { CANONICAL_HEADER, csvFile, readXlsxRows, xlsxFile } from '../indicators/indicator-test-files';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workDir(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'speechdesk-indicators-'));
  scratch.push(root);
  return { root, data: join(root, 'data') };
}

function write(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const GOOD = [
  CANONICAL_HEADER,
  ['地区生产总值增速', '2024年前三季度', '5.8%', '%', '3', '12', '6', '区统计局', ''],
  ['一般公共预算收入', '2024年1-9月', '15.2', '亿元', '', '', '20', '', ''],
];

async function list(data: string) {
  const listed = await run('indicators', 'list', '--data', data, '--json');
  expect(listed.code).toBe(0);
  return indicatorListResponseSchema.parse(JSON.parse(listed.out)).indicators;
}

describe('speechdesk indicators', () => {
  it('imports a file, lists it as JSON and exports CSV and XLSX that import back unchanged', async () => {
    const { root, data } = workDir();
    const file = write(root, '数据.csv', csvFile(GOOD, 'gbk'));

    const dry = await run('indicators', 'import', file, '--data', data, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(importPreviewSchema.parse(JSON.parse(dry.out)).rows.map((row) => row.change)).toEqual(['new', 'new']);
    expect(await list(data)).toEqual([]);

    const imported = await run('indicators', 'import', file, '--data', data, '--json');
    expect(imported.code).toBe(0);
    expect(importCommitResultSchema.parse(JSON.parse(imported.out))).toMatchObject({ indicatorsCreated: 2, observationsCreated: 2 });
    const indicators = await list(data);
    expect(indicators.map((indicator) => [indicator.name, indicator.unit, indicator.observations[0]?.value, indicator.observations[0]?.changedBy])).toEqual([
      ['一般公共预算收入', '亿元', 15.2, 'admin'],
      ['地区生产总值增速', '%', 5.8, 'admin'],
    ]);

    const csvPath = join(root, 'out.csv');
    expect(await run('indicators', 'export', csvPath, '--data', data)).toMatchObject({ code: 0, out: expect.stringContaining('2 observation(s) exported') });
    expect(readFileSync(csvPath).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const xlsxPath = join(root, 'out.xlsx');
    expect((await run('indicators', 'export', xlsxPath, '--data', data)).code).toBe(0);
    expect((await readXlsxRows(readFileSync(xlsxPath)))[1]).toEqual(['一般公共预算收入', '2024年前三季度', 15.2, '亿元', undefined, undefined, 20]);

    for (const path of [csvPath, xlsxPath]) {
      const again = await run('indicators', 'import', path, '--data', data, '--dry-run');
      expect(again).toMatchObject({ code: 0, out: expect.stringContaining('change 0, leave 2 unchanged') });
    }
  });

  it('exits 1 on any error, printing each with file, row and column, and writes nothing', async () => {
    const { root, data } = workDir();
    const bad = write(root, 'bad.xlsx', await xlsxFile([...GOOD, ['进出口总额', '明年', '—', '亿']]));
    const result = await run('indicators', 'import', bad, '--data', data);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `${bad}: row 4, column B (期间): '明年' is no period (e.g. 2020年, 2020年上半年, 2020年第三季度, 2020年1-9月, 2020年9月)`,
      `${bad}: row 4, column D (单位): unit '亿' is unknown; use one of % 百分点 亿元 万元 元 亿美元 万美元 美元 个 家 户 人次 万人次 人 万人 项 件 套 宗 起 平方米 万平方米 亩 公里 吨 万吨 千瓦时 万千瓦时`,
      `${bad}: row 4, column C (数值): '—' is no number; leave the cell empty when there is no figure`,
      `${bad}: 3 error(s); nothing was imported`,
    ]);
    expect(await list(data)).toEqual([]);

    const json = await run('indicators', 'import', bad, '--data', data, '--json');
    expect(json.code).toBe(1);
    expect(importPreviewSchema.parse(JSON.parse(json.out)).errors).toHaveLength(3);
  });

  it('reads another layout with --map', async () => {
    const { root, data } = workDir();
    const file = write(root, 'other.csv', csvFile([['名称', '时间', '值', '计量单位', '附注'], ['进出口总额', '2024年', '12', '亿元', 'x']]));
    expect((await run('indicators', 'import', file, '--data', data)).code).toBe(1);
    const mapped = await run('indicators', 'import', file, '--data', data, '--map', '名称=indicator', '--map', '时间=period', '--map', '值=value', '--map', '计量单位=unit', '--map', '附注=ignore');
    expect(mapped.code, mapped.err).toBe(0);
    expect((await list(data)).map((indicator) => indicator.name)).toEqual(['进出口总额']);
  });

  it('refuses bad arguments with exit code 2 and missing or unknown files with 1', async () => {
    const { root, data } = workDir();
    expect(await run('indicators')).toMatchObject({ code: 2, err: expect.stringContaining('missing subcommand') });
    expect(await run('indicators', 'merge')).toMatchObject({ code: 2, err: expect.stringContaining("unknown subcommand 'merge'") });
    expect(await run('indicators', 'import', '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('one FILE') });
    expect(await run('indicators', 'import', 'a.csv', '--map', 'nofield', '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('HEADER=FIELD') });
    expect(await run('indicators', 'import', 'a.csv', '--map', 'x=size', '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining("field 'size' is unknown") });
    expect(await run('indicators', 'export', join(root, 'out.pdf'), '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('.csv or .xlsx') });
    expect(await run('indicators', 'import', join(root, 'missing.csv'), '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('cannot read') });
    const xls = write(root, 'old.xls', Buffer.from('x'));
    expect(await run('indicators', 'import', xls, '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('.csv or .xlsx') });
    expect(existsSync(join(data, DATABASE_FILE))).toBe(false);
  });
});
