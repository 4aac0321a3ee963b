import { MAX_TITLE_LENGTH } from '../../common/api';

export type TitleProblem = 'empty' | 'too-long';

/** The same rule the host applies to titles (common/api.ts), checked while typing so a rename never round-trips to fail. */
export function titleProblem(title: string): TitleProblem | null {
  const trimmed = title.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > MAX_TITLE_LENGTH) return 'too-long';
  return null;
}
