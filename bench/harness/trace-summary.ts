/**
 * Summaries of Chrome traces (devtools.timeline): where the renderer's main thread spent its time, by event
 * name (Layout, UpdateLayoutTree, Paint, FunctionCall …). Durations are inclusive: a FunctionCall that forces a
 * Layout counts in both.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

export interface EventTotal {
  name: string;
  totalMs: number;
  count: number;
}

/** Totals of complete events on the renderer's main threads (CrRendererMain), largest first. */
export function mainThreadTotals(events: readonly TraceEvent[], count = 15): EventTotal[] {
  const mainThreads = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const totals = new Map<string, EventTotal>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    const total = totals.get(event.name) ?? { name: event.name, totalMs: 0, count: 0 };
    total.totalMs += event.dur / 1000;
    total.count += 1;
    totals.set(event.name, total);
  }
  return [...totals.values()].sort((a, b) => b.totalMs - a.totalMs).slice(0, count);
}

export function formatTotals(totals: readonly EventTotal[], perUnit?: { count: number; unit: string }): string {
  return totals
    .map((total) => {
      const per = perUnit ? `  ${(total.totalMs / perUnit.count).toFixed(2).padStart(7)} ms/${perUnit.unit}` : '';
      return `${total.totalMs.toFixed(1).padStart(9)} ms ${String(total.count).padStart(7)}×${per}  ${total.name}`;
    })
    .join('\n');
}
