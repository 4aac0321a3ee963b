import { documentPeriod } from '../placeholder-resolve';
import type { VariableValues } from '../placeholder-display';

/**
 * When the speech is given, as far as its variables say. The `date` variable is written by hand (2024年10月9日,
 * 2024-10-09, 2024年10月); its year is the speech's year. Without a readable date the year of the period under
 * review stands in: a speech reviewing 2024年前三季度 is a speech of 2024.
 */
export interface SpeechDate {
  year: number;
  /** YYYY-MM-DD when the date names a day; YYYY-MM-01 for a month; undefined when only the year is known. */
  day?: string;
}

const WRITTEN = /(\d{4})\s*(?:年|[-./])\s*(?:(\d{1,2})\s*(?:月|[-./])\s*(?:(\d{1,2})\s*日?)?)?/u;

export function speechDate(variables: VariableValues): SpeechDate | undefined {
  const match = WRITTEN.exec(variables.date ?? '');
  if (match?.[1]) {
    const year = Number(match[1]);
    const month = match[2] ? Number(match[2]) : undefined;
    if (month === undefined || month < 1 || month > 12) return { year };
    const day = match[3] ? Number(match[3]) : 1;
    const two = (n: number) => String(n).padStart(2, '0');
    return { year, day: `${year}-${two(month)}-${two(day)}` };
  }
  const period = documentPeriod(variables);
  return period ? { year: period.year } : undefined;
}
