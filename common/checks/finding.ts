/**
 * Proofing findings: a place in the speech a writer should look at before it goes out. Each check (one module
 * per kind) reports the offending text and its ProseMirror range; the CLI prints `message` (English), the panel
 * builds its own text from `kind` and `params` in the UI language.
 */
export const FINDING_KINDS = [
  'unfilled-slot',
  'unresolved-placeholder',
  'unknown-value',
  'typed-numbering',
  'enumeration-sequence',
  'announced-count',
  'year-mismatch',
  'passed-period',
  'meeting-name',
  'outdated-formulation',
  'repeated-paragraph',
  'repeated-sentence',
  'long-paragraph',
  'chinese-numeral-year',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** English, for the CLI and logs. */
  message: string;
  /** The offending text as it stands in the speech (a long paragraph: its beginning). */
  text: string;
  /** ProseMirror positions of the text. */
  from: number;
  to: number;
  /** The values the message is made of, for messages in the UI language. */
  params: Record<string, string | number>;
}
