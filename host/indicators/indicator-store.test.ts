import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations';
import { IndicatorError, IndicatorStore } from './indicator-store';

let store: IndicatorStore;

beforeEach(() => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  store = new IndicatorStore(db);
});

const figures = (value: number, extra: Partial<{ rank: number; rankOf: number; target: number; source: string; note: string }> = {}) => ({
  value,
  rank: extra.rank ?? null,
  rankOf: extra.rankOf ?? null,
  target: extra.target ?? null,
  source: extra.source ?? null,
  note: extra.note ?? null,
});

describe('IndicatorStore', () => {
  it('creates indicators with defaults and keeps names unique', () => {
    const gdp = store.create({ name: '地区生产总值增速', unit: '%' });
    expect(gdp).toMatchObject({ name: '地区生产总值增速', unit: '%', category: '', description: '', higherIsBetter: true });
    expect(() => store.create({ name: '地区生产总值增速', unit: '%' })).toThrow(new IndicatorError('conflict', 'an indicator named 地区生产总值增速 exists already'));
    const other = store.create({ name: '信访登记人次', unit: '人次', higherIsBetter: false, category: '信访稳定' });
    expect(() => store.update(other.id, { name: '地区生产总值增速' })).toThrow(/exists already/);
    expect(store.list().map((indicator) => indicator.name)).toEqual(['地区生产总值增速', '信访登记人次']);
  });

  it('keeps every change of an observation with who, when, before and after', () => {
    const { id } = store.create({ name: '固定资产投资增速', unit: '%' });
    expect(store.putObservation(id, '2024-YTD09', figures(5.1, { rank: 4, rankOf: 12 }), 'admin')).toBe('new');
    expect(store.putObservation(id, '2024-YTD09', figures(5.1, { rank: 4, rankOf: 12 }), 'admin')).toBe('unchanged');
    expect(store.putObservation(id, '2024-YTD09', figures(5.3, { rank: 3, rankOf: 12 }), '张三')).toBe('changed');
    store.deleteObservation(id, '2024-YTD09', 'admin');
    const history = store.history(id);
    expect(history.map((entry) => [entry.changedBy, entry.old?.value ?? null, entry.new?.value ?? null])).toEqual([
      ['admin', 5.3, null],
      ['张三', 5.1, 5.3],
      ['admin', null, 5.1],
    ]);
    expect(history[1]).toMatchObject({ period: '2024-YTD09', periodLabel: '2024年前三季度', old: { rank: 4 }, new: { rank: 3, rankOf: 12 } });
    expect((history[0]?.changedAt ?? '') > (history[1]?.changedAt ?? '')).toBe(true);
    expect(store.getObservation(id, '2024-YTD09')).toBeUndefined();
  });

  it('lists observations newest period first and drops them with their indicator', () => {
    const { id } = store.create({ name: '一般公共预算收入', unit: '亿元' });
    store.putObservation(id, '2024-YTD06', figures(10), 'admin');
    store.putObservation(id, '2024-YTD09', figures(15), 'admin');
    store.putObservation(id, '2023', figures(19), 'admin');
    expect(store.observations(id).map((o) => o.period)).toEqual(['2024-YTD09', '2024-YTD06', '2023']);
    store.delete(id);
    expect(store.allObservations().size).toBe(0);
    expect(() => store.history(id)).toThrow(IndicatorError);
  });

  it('refuses an observation of an unknown indicator', () => {
    expect(() => store.putObservation('nope', '2024', figures(1), 'admin')).toThrow(new IndicatorError('not_found', 'indicator nope not found'));
  });
});
