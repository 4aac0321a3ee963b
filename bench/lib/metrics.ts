/**
 * The metrics of issue 7, by their JSON names, with their units and targets. A group reports a measurement;
 * this module turns measurements into the table and the JSON object.
 */

export interface Measurement {
  metric: string;
  value: number;
  /** The same figure for the bare stack, measured in the same run. */
  baseline?: number;
  /** Not one of the metrics: shown in the table, left out of the JSON. */
  extra?: { unit: string; target?: Target };
}

export interface Target {
  text: string;
  met(value: number, ratio: number | undefined): boolean;
}

export interface MetricDefinition {
  unit: string;
  target?: Target;
}

const under = (limit: number, ratioLimit?: number): Target => ({
  text: ratioLimit === undefined ? `< ${limit}` : `< ${limit} and ≤ ${ratioLimit}× baseline`,
  met: (value, ratio) => value < limit && (ratioLimit === undefined || (ratio !== undefined && ratio <= ratioLimit)),
});
const withinRatio = (ratioLimit: number): Target => ({ text: `≤ ${ratioLimit}× baseline`, met: (_value, ratio) => ratio !== undefined && ratio <= ratioLimit });
const atMost = (limit: number): Target => ({ text: `≤ ${limit}`, met: (value) => value <= limit });

/** In the order. */
export const METRICS: Readonly<Record<string, MetricDefinition>> = {
  typing_p50_ms: { unit: 'ms' },
  typing_p95_ms: { unit: 'ms', target: atMost(17) },
  typing_work_p50_ms: { unit: 'ms' },
  typing_work_p95_ms: { unit: 'ms', target: under(10, 1.3) },
  remote_p50_ms: { unit: 'ms' },
  remote_p95_ms: { unit: 'ms', target: under(40, 1.2) },
  remote20_p50_ms: { unit: 'ms' },
  remote20_p95_ms: { unit: 'ms', target: under(70, 1.2) },
  open_ms: { unit: 'ms', target: under(400) },
  open_cold_ms: { unit: 'ms' },
  placeholder_refresh_ms: { unit: 'ms', target: under(100) },
  export_docx_ms: { unit: 'ms', target: under(500) },
  import_docx_ms: { unit: 'ms' },
  host_ack_p95_ms: { unit: 'ms', target: withinRatio(1.5) },
  host_updates_per_s: { unit: 'updates/s' },
  host_rss_mb: { unit: 'MiB' },
  bytes_per_char_yjs: { unit: 'B/char' },
  db_bytes_after_10k_edits: { unit: 'B' },
  db_bytes_after_compaction: { unit: 'B' },
  renderer_heap_mb_after_10k_edits: { unit: 'MiB' },
};

export interface Row {
  metric: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target?: string;
  met?: boolean;
  extra: boolean;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function toRow(measurement: Measurement): Row {
  const definition = measurement.extra ?? METRICS[measurement.metric];
  if (!definition) throw new Error(`unknown metric ${measurement.metric}`);
  const ratio = measurement.baseline === undefined || measurement.baseline === 0 ? undefined : measurement.value / measurement.baseline;
  return {
    metric: measurement.metric,
    value: measurement.value,
    unit: definition.unit,
    ...(measurement.baseline === undefined ? {} : { baseline: measurement.baseline }),
    ...(ratio === undefined ? {} : { ratio }),
    ...(definition.target ? { target: definition.target.text, met: definition.target.met(measurement.value, ratio) } : {}),
    extra: measurement.extra !== undefined,
  };
}

export interface JsonEntry {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

/** `{metric: {value, unit, baseline, ratio}}` for the metrics, baseline and ratio where there is a baseline. */
export function toJson(rows: readonly Row[]): Record<string, JsonEntry> {
  const json: Record<string, JsonEntry> = {};
  for (const row of rows) {
    if (row.extra) continue;
    json[row.metric] = {
      value: round(row.value, 3),
      unit: row.unit,
      ...(row.baseline === undefined ? {} : { baseline: round(row.baseline, 3) }),
      ...(row.ratio === undefined ? {} : { ratio: round(row.ratio, 3) }),
    };
  }
  return json;
}

function formatNumber(value: number): string {
  if (Math.abs(value) >= 1000) return Math.round(value).toString();
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

/** A plain-text table, one row per metric in the order, then extras; metrics not measured say so. */
export function formatTable(rows: readonly Row[], expected: readonly string[]): string {
  const byMetric = new Map(rows.map((row) => [row.metric, row]));
  const header = ['metric', 'value', 'unit', 'baseline', 'ratio', 'target', 'met?'];
  const lines: string[][] = [];
  const names = [...expected, ...rows.filter((row) => row.extra).map((row) => row.metric)];
  for (const name of names) {
    const row = byMetric.get(name);
    if (!row) {
      lines.push([name, 'not measured', METRICS[name]?.unit ?? '', '', '', METRICS[name]?.target?.text ?? '', '']);
      continue;
    }
    lines.push([
      row.extra ? `(${row.metric})` : row.metric,
      formatNumber(row.value),
      row.unit,
      row.baseline === undefined ? '' : formatNumber(row.baseline),
      row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
      row.target ?? '',
      row.met === undefined ? '' : row.met ? 'yes' : 'NO',
    ]);
  }
  // Column widths by code points: the table is ASCII apart from ≤ and ×, one column each.
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => [...(line[column] ?? '')].length)));
  const render = (cells: string[]) => cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)).join('  ').trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}
