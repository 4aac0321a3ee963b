import { describe, expect, it } from 'vitest';
import { formatTotals, mainThreadTotals, type TraceEvent } from './trace-summary';

const complete = (name: string, dur: number, tid = 1): TraceEvent => ({ name, ph: 'X', pid: 7, tid, dur });

describe('mainThreadTotals', () => {
  const events: TraceEvent[] = [
    { name: 'thread_name', ph: 'M', pid: 7, tid: 1, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 7, tid: 2, args: { name: 'Compositor' } },
    complete('Layout', 3000),
    complete('Layout', 1000),
    complete('FunctionCall', 2500),
    complete('Paint', 9000, 2),
    { name: 'Layout', ph: 'B', pid: 7, tid: 1 },
  ];

  it('sums complete events of the main thread by name, largest first', () => {
    expect(mainThreadTotals(events)).toEqual([
      { name: 'Layout', totalMs: 4, count: 2 },
      { name: 'FunctionCall', totalMs: 2.5, count: 1 },
    ]);
  });

  it('formats totals, per unit when asked', () => {
    expect(formatTotals(mainThreadTotals(events, 1), { count: 2, unit: 'keystroke' })).toBe('      4.0 ms       2×     2.00 ms/keystroke  Layout');
  });
});
