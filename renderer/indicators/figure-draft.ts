import type { Observation, ObservationValues } from '../../common/indicators';
import { readPeriodInput } from './period-input';

/** The figure editor's fields as typed: strings, so that a half-typed "6." is not lost to number parsing. */
export interface FigureDraft {
  value: string;
  rank: string;
  rankOf: string;
  target: string;
  source: string;
  note: string;
}

export type FigureField = keyof FigureDraft | 'period';

export type FigureProblem =
  | { kind: 'required' }
  | { kind: 'number' }
  | { kind: 'whole' }
  | { kind: 'rank-above-of' }
  | { kind: 'period'; message: string }
  /** The host refused the field; its English message is the detail. */
  | { kind: 'host'; message: string };

export type FigureProblems = Partial<Record<FigureField, FigureProblem>>;

export const EMPTY_DRAFT: FigureDraft = { value: '', rank: '', rankOf: '', target: '', source: '', note: '' };

const text = (value: number | null) => (value === null ? '' : String(value));

export function draftOf(observation: Observation | undefined): FigureDraft {
  if (!observation) return EMPTY_DRAFT;
  return {
    value: text(observation.value),
    rank: text(observation.rank),
    rankOf: text(observation.rankOf),
    target: text(observation.target),
    source: observation.source ?? '',
    note: observation.note ?? '',
  };
}

/** Full-width digits and thousands separators are how figures arrive from Word and WPS: both are accepted. */
function readNumber(input: string): number | undefined | null {
  const normalised = input.normalize('NFKC').replace(/[,\s]/g, '');
  if (normalised === '') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

export type ReadDraft =
  | { ok: true; period: { key: string; label: string }; values: ObservationValues }
  | { ok: false; problems: FigureProblems };

/** Checks the whole form at once, so that every bad field is marked, and builds the PUT body when all are fine. */
export function readFigureDraft(periodText: string, draft: FigureDraft, defaultYear: number): ReadDraft {
  const problems: FigureProblems = {};
  const period = readPeriodInput(periodText, defaultYear);
  if (!period.ok) problems.period = { kind: 'period', message: period.message };

  const value = readNumber(draft.value);
  if (value === null) problems.value = { kind: 'required' };
  else if (value === undefined) problems.value = { kind: 'number' };
  const target = readNumber(draft.target);
  if (target === undefined) problems.target = { kind: 'number' };

  const whole = (field: 'rank' | 'rankOf') => {
    const read = readNumber(draft[field]);
    if (read === null) return null;
    if (read === undefined || !Number.isInteger(read) || read < 1) {
      problems[field] = { kind: 'whole' };
      return null;
    }
    return read;
  };
  const rank = whole('rank');
  const rankOf = whole('rankOf');
  if (rank !== null && rankOf !== null && rank > rankOf) problems.rank = { kind: 'rank-above-of' };

  if (!period.ok || value == null || Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    period: { key: period.key, label: period.label },
    values: { value, rank, rankOf, target: target ?? null, source: draft.source.trim() || null, note: draft.note.trim() || null },
  };
}

const FIELD_OF_PATH: Record<string, FigureField> = {
  'body.value': 'value',
  'body.rank': 'rank',
  'body.rankOf': 'rankOf',
  'body.target': 'target',
  'body.source': 'source',
  'body.note': 'note',
  'params.period': 'period',
};

/** The field a host refusal names (its path, e.g. body.rank), so the message sits next to that field. */
export function fieldOfErrorPath(path: string | undefined): FigureField | undefined {
  return path === undefined ? undefined : FIELD_OF_PATH[path];
}
