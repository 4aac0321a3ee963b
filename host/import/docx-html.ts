import { Parser } from 'htmlparser2';
import type { SourceParagraph, SourceRun } from '../../common/import/source-paragraph';

const HEADING = /^h([1-6])$/;
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);
/** Footnotes, endnotes and comments that mammoth appends after the body, and the reference marks to them. */
const NOTE_TARGET = /^#?(?:footnote|endnote|comment)-/;

/**
 * The paragraphs of mammoth's HTML: one per block element and per line break, with bold and italic runs and
 * the level of Word's heading styles. Notes are left out: they are not part of the speech as delivered.
 */
export function htmlToParagraphs(html: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let current: SourceParagraph | undefined;
  let headingLevel: number | undefined;
  let bold = 0;
  let italic = 0;
  let depth = 0;
  let skipFrom: number | undefined;

  const close = () => {
    if (current && current.runs.length > 0) paragraphs.push(current);
    current = undefined;
  };
  const open = () => {
    close();
    current = headingLevel === undefined ? { runs: [] } : { runs: [], headingLevel };
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        if (skipFrom !== undefined) return;
        if ((name === 'a' && NOTE_TARGET.test(attributes.href ?? '')) || (name === 'li' && NOTE_TARGET.test(attributes.id ?? ''))) {
          skipFrom = depth;
          return;
        }
        const heading = HEADING.exec(name);
        if (heading) headingLevel = Number(heading[1]);
        if (BLOCKS.has(name) || name === 'br') open();
        if (name === 'strong' || name === 'b') bold += 1;
        if (name === 'em' || name === 'i') italic += 1;
      },
      ontext(text) {
        if (skipFrom !== undefined) return;
        if (!current) open();
        const runs = (current as SourceParagraph).runs;
        const run: SourceRun = { text, ...(bold > 0 ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}) };
        const last = runs[runs.length - 1];
        if (last && last.bold === run.bold && last.italic === run.italic) last.text += text;
        else runs.push(run);
      },
      onclosetag(name) {
        if (skipFrom !== undefined) {
          if (depth === skipFrom) skipFrom = undefined;
          depth -= 1;
          return;
        }
        depth -= 1;
        if (name === 'strong' || name === 'b') bold -= 1;
        if (name === 'em' || name === 'i') italic -= 1;
        if (BLOCKS.has(name)) close();
        if (HEADING.test(name)) headingLevel = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  close();
  return paragraphs;
}
