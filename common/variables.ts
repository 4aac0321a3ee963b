/**
 * Document variables: values a speech repeats (meeting, region, speaker …) that the writer sets once in the
 * speech's settings; every `variable` placeholder shows the current value. They live in the speech's Yjs
 * document (VARIABLES_MAP), so every reader sees a change at once.
 */
export const VARIABLES_MAP = 'variables';

/** The variables every speech has. Templates may declare more. */
export const STANDARD_VARIABLES = ['meeting', 'region', 'speaker', 'date', 'period'] as const;
export type StandardVariable = (typeof STANDARD_VARIABLES)[number];

/** The speech's period under review (回顾期间): indicator placeholders read their figures for it. */
export const PERIOD_VARIABLE: StandardVariable = 'period';

/** Variable keys: ASCII identifiers for the standard ones, or Chinese words for a template's own. */
export const VARIABLE_KEY_PATTERN = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9_]{0,31}$/u;
