import { parsePeriod, periodKey, periodLabel, PeriodError } from '../../common/period';

export type PeriodInput = { ok: true; key: string; label: string } | { ok: false; message: string };

/**
 * Reads a period as a writer types it (2025年前三季度, 2025年1-9月, 前三季度) with the parser the host uses,
 * so that what the form accepts is what the host stores. A period without a year takes `defaultYear`.
 * `message` is the parser's own explanation, shown under a translated sentence.
 */
export function readPeriodInput(text: string, defaultYear: number): PeriodInput {
  try {
    const period = parsePeriod(text, { defaultYear });
    return { ok: true, key: periodKey(period), label: periodLabel(period) };
  } catch (error) {
    if (error instanceof PeriodError) return { ok: false, message: error.message };
    throw error;
  }
}
