import { findUnknownValues } from '../import/unknown-values';
import type { Check } from './check-input';
import { textBlocks } from './text-blocks';

/** X, XX, X%, 第X位 typed as plain text: a figure or name of reused material nobody has filled in yet. */
export const unknownValueCheck: Check = ({ doc }) =>
  textBlocks(doc).flatMap((block) =>
    findUnknownValues(block.text).map((value) => ({
      kind: 'unknown-value' as const,
      message: `'${value.token}' marks an unknown value (${value.key})`,
      text: value.token,
      from: block.start + value.start,
      to: block.start + value.end,
      params: { hint: value.key },
    })),
  );
