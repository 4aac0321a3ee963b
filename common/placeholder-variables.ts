import { STANDARD_VARIABLES, VARIABLE_KEY_PATTERN, type StandardVariable } from './variables';

/**
 * The standard document variables as templates write them. A writer editing a template in Notepad may use the
 * Chinese word ($地区) instead of the key ($region); both mean the same variable and are stored by key.
 */
export const STANDARD_VARIABLE_ALIASES: Readonly<Record<string, StandardVariable>> = {
  会议: 'meeting',
  地区: 'region',
  讲话人: 'speaker',
  日期: 'date',
  期间: 'period',
};

export const STANDARD_VARIABLE_LABELS: Readonly<Record<StandardVariable, string>> = {
  meeting: '会议名称',
  region: '地区',
  speaker: '讲话人',
  date: '日期',
  period: '回顾期间',
};

/**
 * What a standard variable's chip reads before it has a value: the X-gaps writers already use in reused
 * speeches, so an unfinished draft reads like one.
 */
export const STANDARD_VARIABLE_FALLBACKS: Readonly<Record<StandardVariable, string>> = {
  meeting: 'XX会议',
  region: 'XX区',
  speaker: 'XX',
  date: 'X年X月X日',
  period: 'X季度',
};

export function isStandardVariable(key: string): key is StandardVariable {
  return (STANDARD_VARIABLES as readonly string[]).includes(key);
}

/** The stored key of a variable as written: a standard key, its alias, or (unchanged) a template's own key. */
export function canonicalVariableKey(written: string): string {
  return STANDARD_VARIABLE_ALIASES[written] ?? written;
}

export function isValidVariableKey(key: string): boolean {
  return VARIABLE_KEY_PATTERN.test(key);
}
