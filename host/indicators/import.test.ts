import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportError, ImportPreview } from '../../common/indicators';
import { migrate } from '../db/migrations';
import { checkImport } from './import-check';
import { commitImport } from './import-commit';
import { CANONICAL_HEADER, csvFile, xlsxFile, type TestCell } from './indicator-test-files';
import { IndicatorStore } from './indicator-store';
import { readSheetFile } from './sheet-file';

let db: Database.Database;
let store: IndicatorStore;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  store = new IndicatorStore(db);
});

const GOOD_ROWS: TestCell[][] = [
  ['地区生产总值增速', '2024年前三季度', '5.8%', '%', '3', '12', '6', '区统计局', ''],
  ['一般公共预算收入', '2024年1-9月', '1,234.5', '亿元', '', '', '1600', '区财政局', '含税收'],
  ['签约重点项目数', '2024年上半年', ' 12 ', '个', '第2位', '12', '', '', ''],
  ['社会消费品零售总额', '2024年9月', '１２.５', '亿元', '', '', '', '', ''],
];

async function sheetOf(filename: string, bytes: Uint8Array) {
  const read = await readSheetFile(filename, bytes);
  if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.preview.errors)}`);
  return read.sheet;
}

async function preview(rows: TestCell[][], mapping?: ColumnMapping): Promise<ImportPreview> {
  return checkImport('数据.csv', await sheetOf('数据.csv', csvFile(rows)), store, mapping);
}

async function errorsOf(rows: TestCell[][], mapping?: ColumnMapping): Promise<ImportError[]> {
  return (await preview(rows, mapping)).errors;
}

const tableCounts = () =>
  ['indicators', 'observations', 'observation_history'].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);

describe('indicator import: reading files', () => {
  const expected = [
    { row: 2, indicator: '地区生产总值增速', period: '2024-YTD09', periodLabel: '2024年前三季度', value: 5.8, unit: '%', rank: 3, rankOf: 12, target: 6, source: '区统计局', note: null, change: 'new', indicatorId: null },
    { row: 3, indicator: '一般公共预算收入', period: '2024-YTD09', value: 1234.5, unit: '亿元', rank: null, rankOf: null, target: 1600, note: '含税收' },
    { row: 4, indicator: '签约重点项目数', period: '2024-YTD06', value: 12, unit: '个', rank: 2, rankOf: 12 },
    { row: 5, indicator: '社会消费品零售总额', period: '2024-09', value: 12.5 },
  ];

  it.each(['utf8', 'utf8-bom', 'gbk'] as const)('reads a CSV file in %s', async (encoding) => {
    const sheet = await sheetOf('数据.csv', csvFile([CANONICAL_HEADER, ...GOOD_ROWS], encoding));
    const result = checkImport('数据.csv', sheet, store);
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject(expected);
    expect(result.columns.map((column) => `${column.column}:${column.field}`)).toEqual([
      'A:indicator', 'B:period', 'C:value', 'D:unit', 'E:rank', 'F:rankOf', 'G:target', 'H:source', 'I:note',
    ]);
  });

  it('reads an XLSX workbook: numbers, percent-formatted cells, a date Excel made of 2024-09', async () => {
    const rows: TestCell[][] = [
      CANONICAL_HEADER,
      ['地区生产总值增速', '2024年前三季度', { percent: 0.058 }, '%', 3, 12, 6, '区统计局', null],
      ['一般公共预算收入', '2024年1-9月', 1234.5, '亿元', null, null, 1600, '区财政局', '含税收'],
      ['签约重点项目数', '2024年上半年', 12, '个', '第2位', 12, null, null, null],
      ['社会消费品零售总额', new Date(Date.UTC(2024, 8, 1)), '１２.５', '亿元', null, null, null, null, null],
    ];
    const sheet = await sheetOf('数据.xlsx', await xlsxFile(rows));
    const result = checkImport('数据.xlsx', sheet, store);
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject(expected);
  });

  it('takes English headers in any order and case, and ignores unknown columns', async () => {
    const result = await preview([
      ['Value', 'Indicator', 'comment', 'UNIT', 'Period', 'rank_of', 'rank'],
      ['6.1', '地区生产总值增速', 'x', '%', '2024年', '12', '2'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject([{ row: 2, indicator: '地区生产总值增速', period: '2024', value: 6.1, rank: 2, rankOf: 12 }]);
    expect(result.columns.find((column) => column.header === 'comment')?.field).toBeNull();
  });

  it('reads another layout through a header → field mapping', async () => {
    const rows: TestCell[][] = [
      ['指标名称', '统计时段', '本期值', '计量单位', '说明', '来源'],
      ['固定资产投资增速', '2024年上半年', '4.2', '%', '不含农户', '统计局'],
    ];
    expect((await errorsOf(rows)).map((error) => error.field)).toEqual(['indicator', 'period', 'value', 'unit']);
    const mapping: ColumnMapping = { 指标名称: 'indicator', 统计时段: 'period', 本期值: 'value', 计量单位: 'unit', 说明: 'note', 来源: null };
    const result = await preview(rows, mapping);
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject([{ indicator: '固定资产投资增速', period: '2024-YTD06', value: 4.2, note: '不含农户', source: null }]);
  });

  it('skips blank rows but keeps the row numbers the spreadsheet shows', async () => {
    const result = await preview([CANONICAL_HEADER, GOOD_ROWS[0] as TestCell[], [], ['', '', ''], GOOD_ROWS[1] as TestCell[]]);
    expect(result.rows.map((row) => row.row)).toEqual([2, 5]);
  });
});

describe('indicator import: errors name row and column, and nothing is written', () => {
  it('one bad cell among many good rows: nothing written, the cell named', async () => {
    const rows: TestCell[][] = [CANONICAL_HEADER];
    for (let month = 1; month <= 12; month++) {
      for (const [name, unit] of [['规模以上工业增加值增速', '%'], ['固定资产投资增速', '%'], ['一般公共预算收入', '亿元'], ['新增市场主体数', '户']] as const) {
        rows.push([name, `2024年${month}月`, String(month + 0.5), unit, '', '', '', '', '']);
      }
    }
    const badRow = rows[37] as TestCell[];
    badRow[2] = '—';
    const sheet = await sheetOf('数据.csv', csvFile(rows));
    const outcome = commitImport('数据.csv', sheet, store, 'admin');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.preview.errors).toEqual([
      { row: 38, column: 'C', field: 'value', message: "'—' is no number; leave the cell empty when there is no figure" },
    ]);
    expect(!outcome.ok && outcome.preview.rows).toHaveLength(47);
    expect(tableCounts()).toEqual([0, 0, 0]);
  });

  it.each<[string, TestCell[], Partial<ImportError>]>([
    ['an em dash', ['地区生产总值增速', '2024年', '—', '%'], { column: 'C', field: 'value', message: expect.stringContaining("'—' is no number") }],
    ['a hyphen', ['地区生产总值增速', '2024年', '-', '%'], { column: 'C', field: 'value', message: expect.stringContaining("'-' is no number") }],
    ['a blank value', ['地区生产总值增速', '2024年', '', '%'], { column: 'C', field: 'value', message: 'the cell is empty; 数值 is required' }],
    ['a blank indicator', ['', '2024年', '5', '%'], { column: 'A', field: 'indicator', message: 'the cell is empty; 指标 is required' }],
    ['a blank period', ['地区生产总值增速', ' ', '5', '%'], { column: 'B', field: 'period', message: 'the cell is empty; 期间 is required' }],
    ['a blank unit', ['地区生产总值增速', '2024年', '5', ''], { column: 'D', field: 'unit', message: 'the cell is empty; 单位 is required' }],
    ['text in a number column', ['地区生产总值增速', '2024年', '约五', '%'], { column: 'C', field: 'value', message: "'约五' is no number" }],
    ['text in the target column', ['地区生产总值增速', '2024年', '5', '%', '', '', '较快增长'], { column: 'G', field: 'target', message: "'较快增长' is no number" }],
    ['an unknown period', ['地区生产总值增速', '2024年第五季度', '5', '%'], { column: 'B', field: 'period', message: expect.stringContaining("'2024年第五季度' is no period") }],
    ['a period without a year', ['地区生产总值增速', '前三季度', '5', '%'], { column: 'B', field: 'period', message: expect.stringContaining('names no year') }],
    ['an unknown unit', ['一般公共预算收入', '2024年', '5', '亿'], { column: 'D', field: 'unit', message: expect.stringContaining("unit '亿' is unknown") }],
    ['a rank greater than its range', ['地区生产总值增速', '2024年', '5', '%', '13', '12'], { column: 'E', field: 'rank', message: 'rank 13 is greater than the number ranked (12, column F)' }],
    ['a rank that is no number', ['地区生产总值增速', '2024年', '5', '%', '靠前', '12'], { column: 'E', field: 'rank', message: expect.stringContaining("'靠前' is no rank") }],
    ['a percent sign on money', ['一般公共预算收入', '2024年', '5%', '亿元'], { column: 'C', field: 'value', message: "'5%' has a percent sign, but the unit is 亿元" }],
    ['an indicator name with punctuation', ['增速（同比）', '2024年', '5', '%'], { column: 'A', field: 'indicator', message: expect.stringContaining('Chinese words') }],
  ])('%s', async (_kind, row, error) => {
    expect(await errorsOf([CANONICAL_HEADER, ['签约重点项目数', '2024年', '3', '个'], row])).toEqual([{ row: 3, ...error }]);
  });

  it('a duplicate indicator and period inside the file, written either way', async () => {
    const errors = await errorsOf([CANONICAL_HEADER, ['地区生产总值增速', '2024年前三季度', '5', '%'], ['签约重点项目数', '2024年', '3', '个'], ['地区生产总值增速', '2024年1-9月', '5.1', '%']]);
    expect(errors).toEqual([{ row: 4, column: 'B', field: 'period', message: '地区生产总值增速 for 2024年前三季度 is in row 2 already' }]);
  });

  it('a unit that differs from the stored indicator, or from an earlier row', async () => {
    store.create({ name: '一般公共预算收入', unit: '亿元' });
    const errors = await errorsOf([
      CANONICAL_HEADER,
      ['一般公共预算收入', '2024年', '160000', '万元'],
      ['进出口总额', '2024年', '12', '亿元'],
      ['进出口总额', '2023年', '12', '万元'],
    ]);
    expect(errors).toEqual([
      { row: 2, column: 'D', field: 'unit', message: '一般公共预算收入 is kept in 亿元 in the store, not 万元' },
      { row: 4, column: 'D', field: 'unit', message: 'row 3 gives 进出口总额 in 亿元, not 万元' },
    ]);
  });

  it('several errors in one row are all named', async () => {
    const errors = await errorsOf([CANONICAL_HEADER, ['地区生产总值增速', '明年', '—', '亿']]);
    expect(errors.map((error) => `${error.row}${error.column}`)).toEqual(['3B', '3D', '3C'].map((cell) => cell.replace('3', '2')));
  });

  it('header problems: a missing required column, a field twice, a mapping naming no header, an empty file', async () => {
    expect(await errorsOf([['指标', '期间', '数值'], ['地区生产总值增速', '2024年', '5']])).toEqual([
      { row: 1, column: null, field: 'unit', message: 'no column 单位 (unit); the header needs 指标, 期间, 数值, 单位, or a mapping to them' },
    ]);
    expect(await errorsOf([['指标', '期间', '数值', '单位', 'value'], ['地区生产总值增速', '2024年', '5', '%', '6']])).toEqual([
      { row: 1, column: 'E', field: 'value', message: 'column C is 数值 already' },
    ]);
    expect(await errorsOf([CANONICAL_HEADER, ['地区生产总值增速', '2024年', '5', '%']], { 本期值: 'value' })).toEqual([
      { row: 1, column: null, field: 'value', message: "the mapping names header '本期值', which the file does not have" },
    ]);
    expect(await errorsOf([])).toEqual([{ row: 1, column: null, field: null, message: expect.stringContaining('row 1 must be the header') }]);
    expect(await errorsOf([CANONICAL_HEADER])).toEqual([{ row: 2, column: null, field: null, message: 'the file has a header but no rows' }]);
  });

  it('a file that is no spreadsheet is one error of row 1 (or the row csv-parse stopped in)', async () => {
    const xlsx = await readSheetFile('数据.xlsx', Buffer.from('not a zip'));
    expect(!xlsx.ok && xlsx.preview.errors).toEqual([{ row: 1, column: null, field: null, message: expect.stringContaining('no readable XLSX') }]);
    const csv = await readSheetFile('数据.csv', Buffer.from('指标,期间\n"a,b\nc,d\n'));
    expect(!csv.ok && csv.preview.errors[0]).toMatchObject({ row: 2, column: null, message: expect.stringContaining('no readable CSV') });
    const binary = await readSheetFile('数据.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
    expect(!binary.ok && binary.preview.errors[0]?.message).toMatch(/not a text file/);
    await expect(readSheetFile('数据.xls', Buffer.from(''))).rejects.toThrow('an indicator file is .csv or .xlsx');
  });
});

describe('indicator import: commit', () => {
  it('writes a clean file in one go, creating indicators with the row unit; a second run changes only what differs', async () => {
    const sheet = await sheetOf('数据.csv', csvFile([CANONICAL_HEADER, ...GOOD_ROWS, ['地区生产总值增速', '2024年上半年', '5.5', '%']]));
    expect(commitImport('数据.csv', sheet, store, 'admin')).toEqual({
      ok: true,
      result: { file: '数据.csv', indicatorsCreated: 4, observationsCreated: 5, observationsChanged: 0, observationsUnchanged: 0 },
    });
    expect(store.findByName('一般公共预算收入')).toMatchObject({ unit: '亿元' });
    expect(tableCounts()).toEqual([4, 5, 5]);

    const changed = GOOD_ROWS.map((row) => [...row]);
    (changed[0] as TestCell[])[2] = '5.9';
    const again = await sheetOf('数据.csv', csvFile([CANONICAL_HEADER, ...changed]));
    expect(checkImport('数据.csv', again, store).rows.map((row) => row.change)).toEqual(['changed', 'unchanged', 'unchanged', 'unchanged']);
    expect(commitImport('数据.csv', again, store, '李四')).toMatchObject({ ok: true, result: { indicatorsCreated: 0, observationsCreated: 0, observationsChanged: 1, observationsUnchanged: 3 } });
    const gdp = store.findByName('地区生产总值增速');
    expect(store.history(gdp?.id ?? '')[0]).toMatchObject({ period: '2024-YTD09', old: { value: 5.8 }, new: { value: 5.9 }, changedBy: '李四' });
  });
});
