import { INDICATOR_NAME_PATTERN, MAX_INDICATOR_NAME_LENGTH } from '../../common/indicators';

export type NameProblem = 'empty' | 'too-long' | 'pattern';

/** Why a name would be refused (the contract's indicatorNameSchema), in a form the UI can translate. */
export function nameProblem(input: string): NameProblem | null {
  const name = input.trim();
  if (name === '') return 'empty';
  if (name.length > MAX_INDICATOR_NAME_LENGTH) return 'too-long';
  return INDICATOR_NAME_PATTERN.test(name) ? null : 'pattern';
}
