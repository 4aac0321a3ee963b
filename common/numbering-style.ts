/**
 * The two numbering conventions a speech can follow. The style is a per-speech setting.
 * - speech (讲话): 一、 → 1、 → （1） → ①
 * - official (公文, GB/T 9704-2012): 一、 → （一） → 1. → （1）
 */
export const NUMBERING_STYLES = ['speech', 'official'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
export const DEFAULT_NUMBERING_STYLE: NumberingStyle = 'speech';

/** Headings and run-in points are numbered on these levels. */
export const MAX_LEVEL = 4;
export type Level = 1 | 2 | 3 | 4;

export function isLevel(value: unknown): value is Level {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
