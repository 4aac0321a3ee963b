/**
 * A paragraph of an imported file as the readers of .txt and .docx hand it over: its text in runs, with the
 * formatting that carries meaning in a speech (a bold run-in lead), and the level of a Word heading style.
 */
export interface SourceRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface SourceParagraph {
  runs: SourceRun[];
  /** 1 for Word's Heading 1 (or Title), 2 for Heading 2 …; absent for body text and for plain-text files. */
  headingLevel?: number;
}

export function paragraphText(paragraph: SourceParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Whitespace at the ends of a line, including the ideographic spaces that indent Chinese paragraphs. */
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** The paragraph without whitespace at either end and without runs left empty. */
export function trimParagraph(paragraph: SourceParagraph): SourceParagraph {
  const runs = paragraph.runs.map((run) => ({ ...run }));
  const first = runs.findIndex((run) => run.text.replace(EDGE_SPACE, '') !== '');
  if (first === -1) return { ...paragraph, runs: [] };
  let last = runs.length - 1;
  while (last > first && (runs[last]?.text.replace(EDGE_SPACE, '') ?? '') === '') last -= 1;
  const kept = runs.slice(first, last + 1);
  const head = kept[0];
  const tail = kept[kept.length - 1];
  if (head) head.text = head.text.replace(/^[\s\u3000\u00a0\ufeff]+/, '');
  if (tail) tail.text = tail.text.replace(/[\s\u3000\u00a0\ufeff]+$/, '');
  return { ...paragraph, runs: kept.filter((run) => run.text !== '') };
}
