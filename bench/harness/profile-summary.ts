/**
 * Summaries of V8 CPU profiles (.cpuprofile, from the Chrome DevTools Protocol Profiler or node --cpu-prof):
 * the functions with the most self time, so docs/benchmarks.md can say where the time goes.
 */

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  function: string;
  /** file:line, the file without its directories (and query). */
  location: string;
  selfMs: number;
  percent: number;
}

const fileOf = (url: string): string => url.split(/[?#]/)[0]?.split('/').pop() ?? url;

/** Self time by function (same name and place summed), largest first. Each sample lasts until the next one. */
export function topSelfTime(profile: CpuProfile, count = 15): SelfTime[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, SelfTime>();
  let all = 0;
  profile.samples.forEach((nodeId, index) => {
    const microseconds = profile.timeDeltas[index + 1] ?? 0;
    const node = byNode.get(nodeId);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    const location = node.callFrame.url ? `${fileOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}` : '';
    const key = `${name}@${location}`;
    const entry = totals.get(key) ?? { function: name, location, selfMs: 0, percent: 0 };
    entry.selfMs += microseconds / 1000;
    all += microseconds / 1000;
    totals.set(key, entry);
  });
  return [...totals.values()]
    .map((entry) => ({ ...entry, percent: all === 0 ? 0 : (entry.selfMs / all) * 100 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count);
}

export function formatSelfTimes(entries: readonly SelfTime[]): string {
  return entries.map((entry) => `${entry.selfMs.toFixed(1).padStart(8)} ms ${entry.percent.toFixed(1).padStart(5)}%  ${entry.function}  ${entry.location}`).join('\n');
}
