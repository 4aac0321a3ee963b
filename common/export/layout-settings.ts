import type * as Y from 'yjs';
import type { z } from 'zod';
import { SETTING_LAYOUT } from '../collab';
import { exportLayoutSchema, GBT_9704_LAYOUT, type ExportLayout } from './layout';

/**
 * A speech's own layout, kept in its settings map: one key per field (`layout.marginsMm.top` → 30), so that two
 * co-editors changing different fields both keep theirs, and a field nobody changed follows the defaults.
 * Stored values are read as untrusted: an invalid one falls back to its default and is reported, never thrown.
 */

/** The fields a speech may set. Paths into ExportLayout. */
export const LAYOUT_FIELDS = [
  'marginsMm.top',
  'marginsMm.bottom',
  'marginsMm.left',
  'marginsMm.right',
  'linesPerPage',
  'charactersPerLine',
  'firstLineIndentChars',
  'title.font',
  'title.sizePt',
  'meta.font',
  'meta.sizePt',
  'body.font',
  'body.sizePt',
  'headings.level1.font',
  'headings.level1.sizePt',
  'headings.level2.font',
  'headings.level2.sizePt',
  'headings.level3.font',
  'headings.level3.sizePt',
  'headings.level4.font',
  'headings.level4.sizePt',
  'leadBold',
  'pageNumber.dash',
  'pageNumber.position',
  'pageNumber.sizePt',
] as const;

export type LayoutField = (typeof LAYOUT_FIELDS)[number];

const KNOWN = new Set<string>(LAYOUT_FIELDS);

export const isLayoutField = (name: string): name is LayoutField => KNOWN.has(name);

export const layoutFieldKey = (field: LayoutField): string => `${SETTING_LAYOUT}.${field}`;

/** Why a value cannot be a field's value, for a message in the UI language. */
export type LayoutIssue =
  | { code: 'range'; min?: number; max?: number; integer: boolean }
  | { code: 'invalid' }
  | { code: 'type-area-height' | 'type-area-width' | 'lines-do-not-fit' | 'characters-do-not-fit' };

type Shape = Record<string, z.ZodType>;

function fieldSchema(field: LayoutField): z.ZodType {
  let schema: z.ZodType = exportLayoutSchema;
  for (const part of field.split('.')) schema = (schema as unknown as { shape: Shape }).shape[part] as z.ZodType;
  return schema;
}

export function layoutFieldValue(layout: ExportLayout, field: LayoutField): unknown {
  return field.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], layout);
}

function withField(layout: ExportLayout, field: LayoutField, value: unknown): ExportLayout {
  const set = (object: Record<string, unknown>, [part, ...rest]: string[]): Record<string, unknown> => {
    if (part === undefined) return object;
    return { ...object, [part]: rest.length === 0 ? value : set(object[part] as Record<string, unknown>, rest) };
  };
  return set(layout as unknown as Record<string, unknown>, field.split('.')) as unknown as ExportLayout;
}

function fieldIssue(field: LayoutField, value: unknown): LayoutIssue | undefined {
  const schema = fieldSchema(field);
  if (schema.safeParse(value).success) return undefined;
  if (schema.def.type === 'number') {
    const number = schema as z.ZodNumber;
    return { code: 'range', ...(number.minValue !== null ? { min: number.minValue } : {}), ...(number.maxValue !== null ? { max: number.maxValue } : {}), integer: number.isInt };
  }
  return { code: 'invalid' };
}

/** What the layout as a whole says against itself: margins that leave no page, lines or characters that do not fit. */
function wholeIssue(layout: ExportLayout): LayoutIssue | undefined {
  const result = exportLayoutSchema.safeParse(layout);
  if (result.success) return undefined;
  for (const issue of result.error.issues) {
    const problem = issue.code === 'custom' ? (issue.params as { problem?: string } | undefined)?.problem : undefined;
    if (problem === 'type-area-height' || problem === 'type-area-width' || problem === 'lines-do-not-fit' || problem === 'characters-do-not-fit') return { code: problem };
  }
  return { code: 'invalid' };
}

/** Whether `value` may be the field's value in a layout that is otherwise `layout`; undefined when it may. */
export function layoutFieldIssue(layout: ExportLayout, field: LayoutField, value: unknown): LayoutIssue | undefined {
  return fieldIssue(field, value) ?? wholeIssue(withField(layout, field, value));
}

/** A stored value that was not used: the key it is under, what it was and why not (English, for logs and the CLI). */
export interface LayoutProblem {
  key: string;
  value: unknown;
  message: string;
}

export interface SpeechLayout {
  layout: ExportLayout;
  /** The fields the speech sets (validly); every other field is the default. */
  overridden: LayoutField[];
  problems: LayoutProblem[];
}

function describeIssue(issue: LayoutIssue): string {
  switch (issue.code) {
    case 'range':
      return `must be ${issue.integer ? 'a whole number' : 'a number'}${issue.min !== undefined ? ` from ${issue.min}` : ''}${issue.max !== undefined ? ` to ${issue.max}` : ''}`;
    case 'invalid':
      return 'is not a value of this field';
    case 'type-area-height':
      return 'leaves too little of the page between top and bottom margins';
    case 'type-area-width':
      return 'leaves too little of the page between left and right margins';
    case 'lines-do-not-fit':
      return 'makes the lines per page not fit the body size';
    case 'characters-do-not-fit':
      return 'makes the characters per line not fit the body size';
  }
}

const describeValue = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * The layout a speech is exported in, from its settings map's entries. Each stored field is checked on its own,
 * then the layout as a whole; a field that is invalid, or that would make the whole invalid, keeps its default.
 */
export function readSpeechLayout(entries: Iterable<[string, unknown]>): SpeechLayout {
  const problems: LayoutProblem[] = [];
  const stored: Array<[LayoutField, unknown]> = [];
  const prefix = `${SETTING_LAYOUT}.`;
  for (const [key, value] of entries) {
    if (!key.startsWith(prefix)) continue;
    const field = key.slice(prefix.length);
    if (!isLayoutField(field)) {
      problems.push({ key, value, message: `${key}: no such layout setting; ignored` });
      continue;
    }
    const issue = fieldIssue(field, value);
    if (issue) problems.push({ key, value, message: `${key}: stored value ${describeValue(value)} ${describeIssue(issue)}; the default is used` });
    else stored.push([field, value]);
  }
  // In the fields' own order, so that which of two clashing fields gives way does not depend on the map's order.
  stored.sort(([a], [b]) => LAYOUT_FIELDS.indexOf(a) - LAYOUT_FIELDS.indexOf(b));
  const all = stored.reduce((layout, [field, value]) => withField(layout, field, value), GBT_9704_LAYOUT);
  if (!wholeIssue(all)) return { layout: all, overridden: stored.map(([field]) => field), problems };
  let layout = GBT_9704_LAYOUT;
  const overridden: LayoutField[] = [];
  for (const [field, value] of stored) {
    const candidate = withField(layout, field, value);
    const issue = wholeIssue(candidate);
    if (issue) {
      problems.push({ key: layoutFieldKey(field), value, message: `${layoutFieldKey(field)}: stored value ${describeValue(value)} ${describeIssue(issue)}; the default is used` });
      continue;
    }
    layout = candidate;
    overridden.push(field);
  }
  return { layout, overridden, problems };
}

/** The speech's layout from its settings map. */
export const speechLayout = (settings: Y.Map<unknown>): SpeechLayout => readSpeechLayout(settings.entries());

/** Sets one field if the value may be its value in the speech's current layout; otherwise changes nothing and says why. */
export function setLayoutField(settings: Y.Map<unknown>, field: LayoutField, value: unknown): LayoutIssue | undefined {
  const issue = layoutFieldIssue(speechLayout(settings).layout, field, value);
  if (!issue) settings.set(layoutFieldKey(field), value);
  return issue;
}

/** Back to the default for one field. */
export function resetLayoutField(settings: Y.Map<unknown>, field: LayoutField): void {
  settings.delete(layoutFieldKey(field));
}

/** Back to the defaults for every field, in one change. */
export function resetLayout(settings: Y.Map<unknown>): void {
  const prefix = `${SETTING_LAYOUT}.`;
  const keys = [...settings.keys()].filter((key) => key.startsWith(prefix));
  const run = () => keys.forEach((key) => settings.delete(key));
  if (settings.doc) settings.doc.transact(run);
  else run();
}
