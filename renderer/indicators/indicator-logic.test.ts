import { describe, expect, it } from 'vitest';
import type { HistoryEntry, ImportPreview, IndicatorWithObservations, Observation } from '../../common/indicators';
import { chartLayout } from './chart-geometry';
import { chartSeries, cumulativeName } from './chart-series';
import { exportFileName } from './export-file';
import { draftOf, fieldOfErrorPath, readFigureDraft, type FigureDraft } from './figure-draft';
import { figureChanges } from './history-changes';
import { canCommit, errorsInSheetOrder, mappingOfColumns, needsMapping } from './import-flow';
import { categoriesOf, choiceOfValue, choiceValue, filterIndicators, NO_FILTER } from './indicator-filter';
import { nameProblem } from './indicator-name';
import { readPeriodInput } from './period-input';

const indicator = (name: string, category: string): IndicatorWithObservations => ({ id: name, name, unit: '%', category, description: '', higherIsBetter: true, observations: [] });

const observation = (period: string, value: number): Observation => ({
  indicatorId: 'i',
  period,
  periodLabel: period,
  value,
  rank: null,
  rankOf: null,
  target: null,
  source: null,
  note: null,
  changedBy: 'admin',
  changedAt: '2025-10-09T08:00:00Z',
});

describe('filterIndicators', () => {
  const list = [indicator('地区生产总值增速', '经济'), indicator('固定资产投资增速', '投资'), indicator('GDP增速', '经济'), indicator('信访登记人次', '')];

  it('keeps everything without a filter', () => {
    expect(filterIndicators(list, NO_FILTER)).toHaveLength(4);
  });

  it('matches part of the name, ignoring case and surrounding spaces', () => {
    expect(filterIndicators(list, { ...NO_FILTER, q: ' 增速 ' }).map((i) => i.name)).toEqual(['地区生产总值增速', '固定资产投资增速', 'GDP增速']);
    expect(filterIndicators(list, { ...NO_FILTER, q: 'gdp' }).map((i) => i.name)).toEqual(['GDP增速']);
  });

  it('matches names only, not categories', () => {
    expect(filterIndicators(list, { ...NO_FILTER, q: '经济' })).toEqual([]);
  });

  it('filters by one category, or by none, combined with the search', () => {
    expect(filterIndicators(list, { q: '增速', category: { kind: 'category', name: '经济' } }).map((i) => i.name)).toEqual(['地区生产总值增速', 'GDP增速']);
    expect(filterIndicators(list, { q: '', category: { kind: 'none' } }).map((i) => i.name)).toEqual(['信访登记人次']);
  });

  it('lists the categories in use once each, without the empty one', () => {
    expect(categoriesOf(list)).toEqual(['经济', '投资'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('round-trips category choices through select values, even a category named like a choice', () => {
    for (const choice of [{ kind: 'all' }, { kind: 'none' }, { kind: 'category', name: 'none' }, { kind: 'category', name: '经济' }] as const) {
      expect(choiceOfValue(choiceValue(choice))).toEqual(choice);
    }
  });
});

describe('readPeriodInput', () => {
  it('accepts periods as writers write them and gives the stored key and label', () => {
    expect(readPeriodInput('2025年1-9月', 2025)).toEqual({ ok: true, key: '2025-YTD09', label: '2025年前三季度' });
    expect(readPeriodInput('2024年9月', 2025)).toEqual({ ok: true, key: '2024-09', label: '2024年9月' });
  });

  it('puts a period without a year in the default year', () => {
    expect(readPeriodInput('上半年', 2024)).toEqual({ ok: true, key: '2024-YTD06', label: '2024年上半年' });
  });

  it("explains a bad period with the parser's message", () => {
    expect(readPeriodInput('2025年13月', 2025)).toEqual({ ok: false, message: 'month 13 does not exist' });
    expect(readPeriodInput('2025年3-9月', 2025)).toMatchObject({ ok: false, message: expect.stringContaining('must start in January') });
    expect(readPeriodInput('', 2025)).toEqual({ ok: false, message: 'the period is empty' });
  });
});

describe('readFigureDraft', () => {
  const draft = (change: Partial<FigureDraft>): FigureDraft => ({ value: '6.3', rank: '3', rankOf: '12', target: '', source: '区统计局', note: '', ...change });

  it('builds the PUT body, empty optional figures as null', () => {
    expect(readFigureDraft('2025年前三季度', draft({}), 2025)).toEqual({
      ok: true,
      period: { key: '2025-YTD09', label: '2025年前三季度' },
      values: { value: 6.3, rank: 3, rankOf: 12, target: null, source: '区统计局', note: null },
    });
  });

  it('reads full-width digits and thousands separators', () => {
    const read = readFigureDraft('2025年', draft({ value: '１,２３４.５', target: '-1.2' }), 2025);
    expect(read.ok && read.values).toMatchObject({ value: 1234.5, target: -1.2 });
  });

  it('marks every bad field at once', () => {
    const read = readFigureDraft('2025年13月', draft({ value: '', rank: '2.5', target: 'abc' }), 2025);
    expect(read).toEqual({
      ok: false,
      problems: { period: { kind: 'period', message: 'month 13 does not exist' }, value: { kind: 'required' }, rank: { kind: 'whole' }, target: { kind: 'number' } },
    });
  });

  it('refuses a rank beyond the number ranked', () => {
    expect(readFigureDraft('2025年', draft({ rank: '13' }), 2025)).toEqual({ ok: false, problems: { rank: { kind: 'rank-above-of' } } });
  });

  it('fills the fields from a stored observation', () => {
    expect(draftOf({ ...observation('2025-YTD09', 6.3), rank: 3, rankOf: 12, source: '区统计局' })).toEqual(draft({}));
  });

  it('places host errors by their path', () => {
    expect(fieldOfErrorPath('body.rank')).toBe('rank');
    expect(fieldOfErrorPath('params.period')).toBe('period');
    expect(fieldOfErrorPath('body')).toBeUndefined();
    expect(fieldOfErrorPath(undefined)).toBeUndefined();
  });
});

describe('nameProblem', () => {
  it('follows the contract: Han characters, letters and digits, at least one Han character', () => {
    expect(nameProblem('GDP增速')).toBeNull();
    expect(nameProblem('  ')).toBe('empty');
    expect(nameProblem('GDP')).toBe('pattern');
    expect(nameProblem('地区 生产总值')).toBe('pattern');
    expect(nameProblem('增'.repeat(41))).toBe('too-long');
  });
});

describe('chartSeries', () => {
  it('groups periods of one kind, the newest observation’s series first, each oldest first', () => {
    const series = chartSeries([observation('2023-YTD09', 5.1), observation('2025-09', 0.8), observation('2025-YTD09', 6.3), observation('2024-YTD09', 5.8), observation('2025-08', 0.6), observation('2024', 5.5)]);
    expect(series.map((s) => [s.id, s.observations.map((o) => o.period)])).toEqual([
      ['ytd-9', ['2023-YTD09', '2024-YTD09', '2025-YTD09']],
      ['month', ['2025-08', '2025-09']],
      ['year', ['2024']],
    ]);
  });

  it('keeps different cumulative periods apart', () => {
    expect(chartSeries([observation('2025-YTD06', 1), observation('2025-YTD09', 2)]).map((s) => s.id)).toEqual(['ytd-9', 'ytd-6']);
    expect(cumulativeName(9)).toBe('前三季度');
    expect(cumulativeName(8)).toBe('1-8月');
  });
});

describe('chartLayout', () => {
  const box = { width: 400, height: 200, left: 40, right: 10, top: 10, bottom: 30 };

  it('spaces periods evenly and puts the lowest tick at the bottom, the highest at the top', () => {
    const { points, ticks } = chartLayout([5, 6, 7], box);
    expect(points.map((p) => p.x)).toEqual([40, 215, 390]);
    expect(ticks[0]).toEqual({ value: 5, y: 170 });
    expect(ticks.at(-1)).toEqual({ value: 7, y: 10 });
    expect(points.map((p) => p.y)).toEqual([170, 90, 10]);
  });

  it('uses round tick values around the data', () => {
    const { ticks } = chartLayout([5.1, 5.8, 6.3], box);
    expect(ticks.map((t) => t.value)).toEqual([5, 5.5, 6, 6.5]);
  });

  it('centres a single value and gives a flat series room', () => {
    const { points, ticks } = chartLayout([6.3], box);
    expect(points[0]?.x).toBe(215);
    expect(points[0]?.y).toBeGreaterThan(10);
    expect(points[0]?.y).toBeLessThan(170);
    expect(ticks[0]?.value).toBeLessThan(6.3);
    expect(ticks.at(-1)?.value).toBeGreaterThan(6.3);
  });

  it('draws nothing for no values', () => {
    expect(chartLayout([], box)).toEqual({ points: [], ticks: [] });
  });
});

describe('figureChanges', () => {
  const figures = { value: 6.1, rank: 4, rankOf: 12, target: 6.5, source: null, note: null };
  const entry = (old: HistoryEntry['old'], next: HistoryEntry['new']): HistoryEntry => ({ id: 1, indicatorId: 'i', period: '2025', periodLabel: '2025年', old, new: next, changedBy: 'admin', changedAt: '' });

  it('lists the figures that changed, old and new', () => {
    expect(figureChanges(entry(figures, { ...figures, value: 6.3, rank: 3 }))).toEqual([
      { figure: 'value', old: 6.1, new: 6.3 },
      { figure: 'rank', old: 4, new: 3 },
    ]);
  });

  it('lists the given figures of a created observation', () => {
    expect(figureChanges(entry(null, figures)).map((change) => change.figure)).toEqual(['value', 'rank', 'rankOf', 'target']);
  });
});

describe('import flow', () => {
  const preview = (change: Partial<ImportPreview>): ImportPreview => ({ file: 'a.csv', columns: [], rows: [], errors: [], ...change });
  const row = { row: 2, indicator: '地区生产总值增速', indicatorId: null, period: '2025-YTD09', periodLabel: '2025年前三季度', value: 6.3, unit: '%' as const, rank: null, rankOf: null, target: null, source: null, note: null, change: 'new' as const };

  it('asks for a mapping when a column is not recognised or the header has problems', () => {
    expect(needsMapping(preview({ columns: [{ column: 'A', header: '指标', field: 'indicator' }] }))).toBe(false);
    expect(needsMapping(preview({ columns: [{ column: 'A', header: '指标名称', field: null }] }))).toBe(true);
    expect(needsMapping(preview({ errors: [{ row: 1, column: null, field: 'value', message: 'no column 数值' }] }))).toBe(true);
    expect(needsMapping(preview({ columns: [{ column: 'B', header: '', field: null }] }))).toBe(false);
  });

  it('starts the mapping from what was detected', () => {
    expect(mappingOfColumns([{ column: 'A', header: '指标名称', field: null }, { column: 'B', header: '期间', field: 'period' }, { column: 'C', header: '', field: null }])).toEqual({ 指标名称: null, 期间: 'period' });
  });

  it('commits only a file with rows and without errors', () => {
    expect(canCommit(preview({ rows: [row] }))).toBe(true);
    expect(canCommit(preview({ rows: [row], errors: [{ row: 3, column: 'C', field: 'value', message: 'x' }] }))).toBe(false);
    expect(canCommit(preview({}))).toBe(false);
  });

  it('orders errors as the sheet reads: by row, then column A … Z, AA', () => {
    const errors = [
      { row: 5, column: 'AA', field: null, message: '' },
      { row: 5, column: 'C', field: null, message: '' },
      { row: 2, column: null, field: null, message: '' },
      { row: 5, column: 'B', field: null, message: '' },
    ];
    expect(errorsInSheetOrder(preview({ errors })).map((e) => `${e.row}${e.column ?? ''}`)).toEqual(['2', '5B', '5C', '5AA']);
  });
});

describe('exportFileName', () => {
  it('names the file by the local day', () => {
    expect(exportFileName('指标库', 'csv', new Date(2025, 9, 9, 23, 30))).toBe('指标库-20251009.csv');
    expect(exportFileName('指标库', 'xlsx', new Date(2025, 0, 2))).toBe('指标库-20250102.xlsx');
  });
});
