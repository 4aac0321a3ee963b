import { announcedCountCheck } from './announced-count';
import type { Check, CheckInput } from './check-input';
import { chineseNumeralYearCheck } from './chinese-numeral-year';
import { enumerationSequenceCheck } from './enumeration-sequence';
import type { Finding } from './finding';
import { longParagraphCheck } from './long-paragraphs';
import { meetingNameCheck } from './meeting-name';
import { outdatedFormulationCheck } from './outdated-formulations';
import { passedPeriodCheck } from './passed-period';
import { placeholderCheck } from './placeholders';
import { repeatedParagraphCheck } from './repeated-paragraphs';
import { repeatedSentenceCheck } from './repeated-sentences';
import { typedNumberingCheck } from './typed-numbering';
import { unknownValueCheck } from './unknown-values';
import { yearMismatchCheck } from './year-mismatch';

const CHECKS: readonly Check[] = [
  placeholderCheck,
  unknownValueCheck,
  typedNumberingCheck,
  enumerationSequenceCheck,
  announcedCountCheck,
  yearMismatchCheck,
  passedPeriodCheck,
  meetingNameCheck,
  outdatedFormulationCheck,
  repeatedParagraphCheck,
  repeatedSentenceCheck,
  longParagraphCheck,
  chineseNumeralYearCheck,
];

/** Every check over the speech, findings in document order (the panel and the CLI list them so). */
export function runChecks(input: CheckInput): Finding[] {
  return CHECKS.flatMap((check) => check(input)).sort((a, b) => a.from - b.from || a.to - b.to);
}
