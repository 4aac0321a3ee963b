/**
 * The indicator store's contract (issue 4): the figures a district tracks (地区生产总值增速, 一般公共预算收入 …),
 * one observation per indicator and period, every change kept. Same conventions as common/api.ts: bodies are
 * validated with these schemas at the host's edge, errors use apiErrorSchema, routes need the bearer token.
 */
import { z } from 'zod';
import { periodFromKey, type Period } from './period';

/** Largest indicator file (CSV or XLSX) the import accepts; larger bodies get 413. */
export const MAX_INDICATOR_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The units writers put after a figure. Closed, so that "亿" or "％" typed by hand is caught at the edge
 * instead of printing as a wrong unit in a speech; full-width forms are normalised before the check.
 */
export const INDICATOR_UNITS = [
  '%',
  '百分点',
  '亿元',
  '万元',
  '元',
  '亿美元',
  '万美元',
  '美元',
  '个',
  '家',
  '户',
  '人次',
  '万人次',
  '人',
  '万人',
  '项',
  '件',
  '套',
  '宗',
  '起',
  '平方米',
  '万平方米',
  '亩',
  '公里',
  '吨',
  '万吨',
  '千瓦时',
  '万千瓦时',
] as const;
export const indicatorUnitSchema = z.enum(INDICATOR_UNITS, {
  error: (issue) => `unit '${String(issue.input)}' is unknown; use one of ${INDICATOR_UNITS.join(' ')}`,
});
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

export const MAX_INDICATOR_NAME_LENGTH = 40;

/**
 * Placeholder expressions name indicators inside speeches, so a name must be plain words: at least one Han
 * character, otherwise Han, Latin letters and digits only (规模以上工业增加值增速, GDP增速).
 */
export const INDICATOR_NAME_PATTERN = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z0-9]+$/u;

export const indicatorNameSchema = z
  .string()
  .trim()
  .min(1, 'the indicator name is empty')
  .max(MAX_INDICATOR_NAME_LENGTH)
  .regex(INDICATOR_NAME_PATTERN, 'an indicator name is Chinese words without spaces or punctuation (e.g. 地区生产总值增速)');

export const indicatorSchema = z.object({
  id: z.string(),
  /** Unique; placeholders refer to the indicator by it. */
  name: z.string(),
  unit: indicatorUnitSchema,
  /** Free grouping shown in the store (经济运行, 项目建设 …); empty when none. */
  category: z.string(),
  description: z.string(),
  /** False for figures where a rise is bad news (信访登记人次); checks and colours use it. */
  higherIsBetter: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** The figures of one observation, as a PUT sends them. Absent optional figures are stored as none. */
export const observationValuesSchema = z
  .object({
    value: z.number().finite(),
    /** 第rank位 among rankOf (e.g. 第3位 of 12 districts). */
    rank: z.number().int().positive().nullable().optional(),
    rankOf: z.number().int().positive().nullable().optional(),
    /** 年度计划 or the period's target, in the indicator's unit. */
    target: z.number().finite().nullable().optional(),
    source: z.string().trim().max(200).nullable().optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .refine((values) => values.rank == null || values.rankOf == null || values.rank <= values.rankOf, {
    message: 'rank is greater than the number ranked (rankOf)',
    path: ['rank'],
  });
export type ObservationValues = z.infer<typeof observationValuesSchema>;

export const observationSchema = z.object({
  indicatorId: z.string(),
  /** periodKey of the period: 2024, 2024-YTD09, 2024-H2, 2024-Q3, 2024-09. */
  period: z.string(),
  /** periodLabel of the period: 2024年前三季度. */
  periodLabel: z.string(),
  value: z.number(),
  rank: z.number().int().nullable(),
  rankOf: z.number().int().nullable(),
  target: z.number().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  /** Who made the last change: a user name, or the role of the token ('admin') until there are users. */
  changedBy: z.string(),
  /** ISO 8601, UTC. */
  changedAt: z.string(),
});
export type Observation = z.infer<typeof observationSchema>;

/** The figures an observation holds, without who and when; history entries keep these before and after. */
export const observationFiguresSchema = observationSchema.pick({ value: true, rank: true, rankOf: true, target: true, source: true, note: true });
export type ObservationFigures = z.infer<typeof observationFiguresSchema>;

export const historyEntrySchema = z.object({
  id: z.number().int(),
  indicatorId: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  /** Null when the change created the observation. */
  old: observationFiguresSchema.nullable(),
  /** Null when the change deleted the observation. */
  new: observationFiguresSchema.nullable(),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const indicatorWithObservationsSchema = indicatorSchema.extend({
  /** Newest period first (see comparePeriodKeys). */
  observations: z.array(observationSchema),
});
export type IndicatorWithObservations = z.infer<typeof indicatorWithObservationsSchema>;

const descriptionSchema = z.string().trim().max(500);
const categorySchema = z.string().trim().max(20);

export const createIndicatorRequestSchema = z
  .object({
    name: indicatorNameSchema,
    unit: indicatorUnitSchema,
    category: categorySchema.optional(),
    description: descriptionSchema.optional(),
    higherIsBetter: z.boolean().optional(),
  })
  .strict();
export type CreateIndicatorRequest = z.infer<typeof createIndicatorRequestSchema>;

export const updateIndicatorRequestSchema = z
  .object({
    name: indicatorNameSchema.optional(),
    unit: indicatorUnitSchema.optional(),
    category: categorySchema.optional(),
    description: descriptionSchema.optional(),
    higherIsBetter: z.boolean().optional(),
  })
  .strict();
export type UpdateIndicatorRequest = z.infer<typeof updateIndicatorRequestSchema>;

export const updateIndicatorResponseSchema = z.object({
  indicator: indicatorSchema,
  /** Placeholders in stored speeches whose expression named the old name and now names the new one. */
  placeholdersRewritten: z.number().int().nonnegative(),
});
export type UpdateIndicatorResponse = z.infer<typeof updateIndicatorResponseSchema>;

export const deleteIndicatorResponseSchema = z.object({
  /** Placeholders in stored speeches that named the indicator; they stay and show their fallback. */
  placeholdersUnresolved: z.number().int().nonnegative(),
});
export type DeleteIndicatorResponse = z.infer<typeof deleteIndicatorResponseSchema>;

export const listIndicatorsQuerySchema = z
  .object({
    /** Case-insensitive substring of name, category or description. */
    q: z.string().max(100).optional(),
    /** Exact category. */
    category: z.string().max(20).optional(),
    /** latest (default): each indicator's newest observation only; all: every observation. */
    observations: z.enum(['latest', 'all']).optional(),
  })
  .strict();
export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuerySchema>;

export const indicatorListResponseSchema = z.object({ indicators: z.array(indicatorWithObservationsSchema) });
export type IndicatorListResponse = z.infer<typeof indicatorListResponseSchema>;

export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema) });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

// ---------------------------------------------------------------------------------------------------------
// Import and export. The canonical layout is one row per observation under this header.

/** Fields of an import row, in the canonical column order. */
export const IMPORT_FIELDS = ['indicator', 'period', 'value', 'unit', 'rank', 'rankOf', 'target', 'source', 'note'] as const;
export const importFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof importFieldSchema>;
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['indicator', 'period', 'value', 'unit'];

/** The Chinese header of each field, as exports write it; imports also accept the English one. */
export const IMPORT_FIELD_HEADERS: Record<ImportField, { zh: string; en: string }> = {
  indicator: { zh: '指标', en: 'indicator' },
  period: { zh: '期间', en: 'period' },
  value: { zh: '数值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  rank: { zh: '排名', en: 'rank' },
  rankOf: { zh: '排名范围', en: 'rank_of' },
  target: { zh: '目标', en: 'target' },
  source: { zh: '来源', en: 'source' },
  note: { zh: '备注', en: 'note' },
};

export const INDICATOR_FILE_FORMATS = ['csv', 'xlsx'] as const;
export const indicatorFileFormatSchema = z.enum(INDICATOR_FILE_FORMATS);
export type IndicatorFileFormat = z.infer<typeof indicatorFileFormatSchema>;

/**
 * A header → field mapping for files in another layout: { "指标名称": "indicator", "本期": "value", "说明": null }.
 * A header mapped to null is ignored. Headers not named keep their automatic detection.
 */
export const columnMappingSchema = z.record(z.string().trim().min(1), importFieldSchema.nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importQuerySchema = z
  .object({
    /** The file's name; its extension (.csv, .xlsx) picks the reader. */
    filename: z.string().trim().min(1).max(255),
    /** A ColumnMapping as JSON. */
    mapping: z.string().max(10_000).optional(),
  })
  .strict();
export type ImportQuery = z.infer<typeof importQuerySchema>;

/** One problem in a file, where the spreadsheet shows it: row 1 is the header, columns are A, B, …. */
export const importErrorSchema = z.object({
  row: z.number().int().positive(),
  /** Column letter; null when the problem is a column the file lacks. */
  column: z.string().nullable(),
  /** The field the cell was read as; null for problems of the file as a whole. */
  field: importFieldSchema.nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const detectedColumnSchema = z.object({
  column: z.string(),
  header: z.string(),
  /** Null: the column is ignored. */
  field: importFieldSchema.nullable(),
});
export type DetectedColumn = z.infer<typeof detectedColumnSchema>;

export const importRowSchema = z.object({
  /** The spreadsheet row the observation came from. */
  row: z.number().int().positive(),
  indicator: z.string(),
  /** Null when the import creates the indicator. */
  indicatorId: z.string().nullable(),
  period: z.string(),
  periodLabel: z.string(),
  value: z.number(),
  unit: indicatorUnitSchema,
  rank: z.number().int().nullable(),
  rankOf: z.number().int().nullable(),
  target: z.number().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  /** What committing the row does to the store. */
  change: z.enum(['new', 'changed', 'unchanged']),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** The dry run of an import: what would be written, and every problem. Nothing is written while errors exist. */
export const importPreviewSchema = z.object({
  file: z.string(),
  columns: z.array(detectedColumnSchema),
  rows: z.array(importRowSchema),
  errors: z.array(importErrorSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitResultSchema = z.object({
  file: z.string(),
  indicatorsCreated: z.number().int().nonnegative(),
  observationsCreated: z.number().int().nonnegative(),
  observationsChanged: z.number().int().nonnegative(),
  observationsUnchanged: z.number().int().nonnegative(),
});
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;

export const exportQuerySchema = z.object({ format: indicatorFileFormatSchema }).strict();

/** "A", "B", … "Z", "AA" for the 0-based column index, as spreadsheets name columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "row 5, column C (数值): message" — how CLIs and summaries print an import error. */
export function describeImportError(error: ImportError): string {
  const where = error.column === null ? `row ${error.row}` : `row ${error.row}, column ${error.column}`;
  const field = error.field === null ? '' : ` (${IMPORT_FIELD_HEADERS[error.field].zh})`;
  return `${where}${field}: ${error.message}`;
}

// ---------------------------------------------------------------------------------------------------------
// Periods in time order.

/** [year, month the period ends, months it spans]. */
function periodOrder(period: Period): [number, number, number] {
  switch (period.type) {
    case 'year':
      return [period.year, 12, 12];
    case 'ytd':
      return [period.year, period.through, period.through];
    case 'half':
      return [period.year, 12, 6];
    case 'quarter':
      return [period.year, period.quarter * 3, 3];
    case 'month':
      return [period.year, period.month, 1];
  }
}

/**
 * Orders period keys newest first: by the month the period ends, then the longer (more cumulative) period
 * first, because speeches quote 前三季度 before 9月 when both end in September.
 */
export function comparePeriodKeys(a: string, b: string): number {
  const [ay, am, as] = periodOrder(periodFromKey(a));
  const [by, bm, bs] = periodOrder(periodFromKey(b));
  return by - ay || bm - am || bs - as;
}

// ---------------------------------------------------------------------------------------------------------
// The live projection: a read-only Yjs document every client may open to resolve placeholders locally.

/**
 * Hocuspocus name of the projection document. Speech ids are UUIDs, so it never names a speech. The host
 * rebuilds it from SQLite when it loads and changes it in the same request that changes the store; it is never
 * persisted as updates. Clients connect read-only: a read-only Hocuspocus connection may never report `synced`,
 * so a client must not wait for it — read the map as it fills and observe it.
 */
export const INDICATORS_DOCUMENT = 'indicators';

/** The Y.Map in the projection: indicator id → ProjectedIndicator (plain JSON, replaced whole on change). */
export const INDICATORS_MAP = 'indicators';

export const projectedIndicatorSchema = indicatorSchema.extend({
  /** Observations by period key. */
  observations: z.record(z.string(), observationSchema.omit({ indicatorId: true })),
});
export type ProjectedIndicator = z.infer<typeof projectedIndicatorSchema>;

/**
 * Routes.
 *   GET    /api/indicators?q=&category=&observations=latest|all  → IndicatorListResponse (by category, then name)
 *   POST   /api/indicators                                       CreateIndicatorRequest → 201 Indicator
 *   GET    /api/indicators/:id                                   → IndicatorWithObservations (all observations)
 *   PATCH  /api/indicators/:id                                   UpdateIndicatorRequest → UpdateIndicatorResponse
 *   DELETE /api/indicators/:id                                   → DeleteIndicatorResponse
 *   PUT    /api/indicators/:id/observations/:period              ObservationValues → Observation (period: key or label)
 *   DELETE /api/indicators/:id/observations/:period              → 204
 *   GET    /api/indicators/:id/history                           → HistoryResponse (newest first)
 *   POST   /api/indicators/import/preview?filename=&mapping=     raw file bytes → ImportPreview (never writes)
 *   POST   /api/indicators/import?filename=&mapping=             raw file bytes → 201 ImportCommitResult, or 400
 *                                                                naming every error (nothing written)
 *   GET    /api/indicators/export?format=csv|xlsx                → the whole store in the canonical layout
 */
export const indicatorRoutes = {
  indicators: () => '/api/indicators',
  indicator: (id: string) => `/api/indicators/${encodeURIComponent(id)}`,
  observation: (id: string, period: string) => `/api/indicators/${encodeURIComponent(id)}/observations/${encodeURIComponent(period)}`,
  history: (id: string) => `/api/indicators/${encodeURIComponent(id)}/history`,
  importPreview: (filename: string, mapping?: ColumnMapping) => `/api/indicators/import/preview?${importSearch(filename, mapping)}`,
  importCommit: (filename: string, mapping?: ColumnMapping) => `/api/indicators/import?${importSearch(filename, mapping)}`,
  export: (format: IndicatorFileFormat) => `/api/indicators/export?format=${format}`,
} as const;

function importSearch(filename: string, mapping: ColumnMapping | undefined): string {
  const filenamePart = `filename=${encodeURIComponent(filename)}`;
  return mapping ? `${filenamePart}&mapping=${encodeURIComponent(JSON.stringify(mapping))}` : filenamePart;
}
