import { z } from 'zod';

/**
 * The list of outdated formulations (过时提法): names of bodies, plans and policies that were changed on a known
 * date. It is a text file users edit, one entry a line:
 *
 *     旧提法 => 现提法 @ 2018-03-21
 *
 * Lines starting with # and empty lines are skipped. Errors name the file and the line.
 */
export interface Formulation {
  old: string;
  current: string;
  /** YYYY-MM-DD: the day the old formulation stopped being right. */
  since: string;
}

export class FormulationListError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'FormulationListError';
  }
}

const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};

const formulationSchema = z
  .object({
    old: z.string().min(1, 'the old formulation is empty'),
    current: z.string().min(1, 'the current formulation is empty'),
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be written YYYY-MM-DD').refine(isRealDay, 'the date does not exist'),
  })
  .refine((entry) => entry.old !== entry.current, 'the old and the current formulation are the same');

const LINE = /^(.*?)=>(.*?)@(.*)$/u;

export function parseFormulationList(text: string, file: string): Formulation[] {
  const entries: Formulation[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\ufeff/u, '').trim();
    if (content === '' || content.startsWith('#')) return;
    const parts = LINE.exec(content);
    if (!parts) throw new FormulationListError(file, line, `expected '旧提法 => 现提法 @ YYYY-MM-DD', got '${content}'`);
    const parsed = formulationSchema.safeParse({ old: parts[1]?.trim(), current: parts[2]?.trim(), since: parts[3]?.trim() });
    if (!parsed.success) throw new FormulationListError(file, line, parsed.error.issues.map((issue) => issue.message).join('; '));
    const earlier = seen.get(parsed.data.old);
    if (earlier !== undefined) throw new FormulationListError(file, line, `'${parsed.data.old}' is listed already on line ${earlier}`);
    seen.set(parsed.data.old, line);
    entries.push(parsed.data);
  });
  return entries;
}

/** The contract of GET /api/checks/formulations: the list the host ships, for the speech screen's checks. */
export const FORMULATIONS_ROUTE = '/api/checks/formulations';

export const formulationsResponseSchema = z.object({
  formulations: z.array(z.object({ old: z.string().min(1), current: z.string().min(1), since: z.string() })),
});
export type FormulationsResponse = z.infer<typeof formulationsResponseSchema>;
