import type { Mark, Node } from 'prosemirror-model';
import { speechSchema } from '../schema';
import type { SourceRun } from './source-paragraph';
import { findUnknownValues, type UnknownValue } from './unknown-values';

function runMarks(run: SourceRun, withMarks: boolean): readonly Mark[] {
  if (!withMarks) return [];
  const marks: Mark[] = [];
  if (run.bold) marks.push(speechSchema.marks.strong.create());
  if (run.italic) marks.push(speechSchema.marks.emphasis.create());
  return marks;
}

function slot(value: UnknownValue, marks: readonly Mark[]): Node {
  return speechSchema.node('placeholder', { kind: 'slot', key: value.key, format: '', fallback: value.token }, undefined, marks);
}

/**
 * The inline content of one line: its runs as text with their bold and italic (unless `withMarks` is false,
 * for the title, meta line and salutation, which take none), and each unknown-value token as a slot. Tokens
 * are found in the line's whole text, so a token split over runs (X in bold, 亿元 not) is still one slot; it
 * takes the formatting of the run it starts in.
 */
export function inlineContent(runs: readonly SourceRun[], withMarks: boolean): Node[] {
  const text = runs.map((run) => run.text).join('');
  const values = findUnknownValues(text);
  const nodes: Node[] = [];
  // `at` runs over the whole line: after a token that ends inside a later run, that run continues past it.
  let at = 0;
  let runEnd = 0;
  let valueIndex = 0;
  for (const run of runs) {
    runEnd += run.text.length;
    const marks = runMarks(run, withMarks);
    while (at < runEnd) {
      const value = values[valueIndex];
      if (value?.start === at) {
        nodes.push(slot(value, marks));
        at = value.end;
        valueIndex += 1;
        continue;
      }
      const stop = value && value.start < runEnd ? value.start : runEnd;
      nodes.push(speechSchema.text(text.slice(at, stop), marks));
      at = stop;
    }
  }
  return nodes;
}
