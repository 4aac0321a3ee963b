import { describe, expect, it } from 'vitest';
import { formatTable, METRICS, toJson, toRow } from './metrics';

describe('metric rows', () => {
  it('computes the ratio to the baseline and checks the target with it', () => {
    const met = toRow({ metric: 'typing_work_p95_ms', value: 9, baseline: 7.5 });
    expect(met).toMatchObject({ unit: 'ms', baseline: 7.5, ratio: 1.2, met: true });
    expect(toRow({ metric: 'typing_work_p95_ms', value: 9.9, baseline: 7.5 }).met).toBe(false);
    expect(toRow({ metric: 'typing_work_p95_ms', value: 10.5, baseline: 10 }).met).toBe(false);
    expect(toRow({ metric: 'open_ms', value: 399 }).met).toBe(true);
    expect(toRow({ metric: 'typing_p95_ms', value: 17 }).met).toBe(true);
    expect(toRow({ metric: 'host_ack_p95_ms', value: 40, baseline: 27 }).met).toBe(true);
  });

  it('has no target or ratio where the issue sets none', () => {
    const row = toRow({ metric: 'import_docx_ms', value: 120 });
    expect(row.ratio).toBeUndefined();
    expect(row.met).toBeUndefined();
  });

  it('refuses a metric the issue does not name unless it is marked extra', () => {
    expect(() => toRow({ metric: 'typing_p99_ms', value: 1 })).toThrow('unknown metric typing_p99_ms');
    expect(toRow({ metric: 'host_mb_per_speech', value: 1, extra: { unit: 'MiB' } }).extra).toBe(true);
  });
});

describe('the JSON object', () => {
  it('has value and unit, and baseline and ratio only where there is a baseline; no extras', () => {
    const rows = [
      toRow({ metric: 'remote_p95_ms', value: 31.23456, baseline: 30 }),
      toRow({ metric: 'open_ms', value: 350 }),
      toRow({ metric: 'host_mb_per_speech', value: 1, extra: { unit: 'MiB' } }),
    ];
    expect(toJson(rows)).toEqual({
      remote_p95_ms: { value: 31.235, unit: 'ms', baseline: 30, ratio: 1.041 },
      open_ms: { value: 350, unit: 'ms' },
    });
  });
});

describe('the table', () => {
  it('lists every expected metric, saying which were not measured', () => {
    const table = formatTable([toRow({ metric: 'open_ms', value: 450.25 })], ['open_ms', 'open_cold_ms']);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^metric\s+value\s+unit\s+baseline\s+ratio\s+target\s+met\?$/);
    expect(lines[2]).toMatch(/^open_ms\s+450\.3\s+ms\s+< 400\s+NO$/);
    expect(lines[3]).toMatch(/^open_cold_ms\s+not measured\s+ms$/);
  });

  it('names every metric of the issue', () => {
    expect(Object.keys(METRICS)).toHaveLength(20);
  });
});
