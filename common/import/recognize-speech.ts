import { Fragment, type Node } from 'prosemirror-model';
import { isLevel, type Level, type NumberingStyle } from '../numbering-style';
import { speechSchema } from '../schema';
import { liftTypedNumbering, readTypedNumber } from '../typed-numbering';
import { continuesTitle, endsLikeTitle, isMetaLine, isSalutation, isSubstantial, isSubtitle, isTitleLine } from './front-matter';
import { inlineContent } from './inline-content';
import { paragraphText, trimParagraph, type SourceParagraph, type SourceRun } from './source-paragraph';

export interface RecognizedSpeech {
  /** A whole speech in the speech schema: title, meta line, salutation (each possibly empty), body. */
  doc: Node;
  /** Inferred from the typed numbering: （一） means 公文, anything else 讲话. */
  numberingStyle: NumberingStyle;
}

/** Speaker and date are often two lines (区委书记　张三 / 2020年10月9日); the meta line takes both. */
const MAX_META_LINES = 2;
const META_JOINER = '\u3000';

interface FrontMatter {
  title: SourceRun[];
  meta: SourceRun[];
  salutation: SourceRun[];
  bodyStart: number;
}

function readFrontMatter(lines: readonly SourceParagraph[]): FrontMatter {
  const text = (index: number) => {
    const line = lines[index];
    return line ? paragraphText(line) : '';
  };
  const runsOf = (index: number) => lines[index]?.runs ?? [];
  let index = 0;
  const title: SourceRun[] = [];
  const first = text(index);
  if (isTitleLine(first) && (endsLikeTitle(first) || !isMetaLine(first))) {
    title.push(...runsOf(index));
    index += 1;
    if (continuesTitle(first, text(index))) title.push(...runsOf(index++));
    if (isSubtitle(text(index))) title.push(...runsOf(index++));
  }
  const meta: SourceRun[] = [];
  for (let count = 0; count < MAX_META_LINES && index < lines.length && isMetaLine(text(index)); count += 1) {
    if (count > 0) meta.push({ text: META_JOINER });
    meta.push(...runsOf(index++));
  }
  const salutation = isSalutation(text(index)) ? runsOf(index++) : [];
  return { title, meta, salutation, bodyStart: index };
}

function bodyBlock(line: SourceParagraph): Node {
  const content = inlineContent(line.runs, true);
  const level = line.headingLevel === undefined ? undefined : Math.min(Math.max(line.headingLevel, 1), 4);
  // A Word heading without typed numbering keeps its style's level; typed numbering, where present, decides.
  if (isLevel(level) && readTypedNumber(paragraphText(line)) === undefined) return speechSchema.node('heading', { level: level satisfies Level }, content);
  return speechSchema.node('paragraph', null, content);
}

/** Headings are set bold by their own style; bold from the source file would only duplicate it. */
function withoutBold(block: Node): Node {
  if (block.type !== speechSchema.nodes.heading) return block;
  const strong = speechSchema.marks.strong;
  const content: Node[] = [];
  block.content.forEach((child) => content.push(child.mark(strong.removeFromSet(child.marks))));
  return block.copy(Fragment.from(content));
}

/**
 * Recognises the structure of an existing speech from its paragraphs: title (with subtitle), meta line and
 * salutation at the top; headings and numbered run-in points from typed numbering (一、 （一） 1、 1. （1））,
 * which becomes computed numbering; everything else as paragraphs. Unknown-value tokens become slots.
 */
export function recognizeSpeech(source: readonly SourceParagraph[]): RecognizedSpeech {
  const trimmed = source.map(trimParagraph).filter((line) => line.runs.length > 0);
  // Rules (————, ****) before the title are layout, not text.
  const firstWords = trimmed.findIndex((line) => isSubstantial(paragraphText(line)));
  const lines = firstWords === -1 ? [] : trimmed.slice(firstWords);
  const front = readFrontMatter(lines);
  const lifted = liftTypedNumbering(Fragment.from(lines.slice(front.bodyStart).map(bodyBlock)));
  const body: Node[] = [];
  lifted.content.forEach((block) => body.push(withoutBold(block)));
  const s = speechSchema;
  const doc = s.node('doc', null, [
    s.node('title', null, inlineContent(front.title, false)),
    s.node('meta', null, inlineContent(front.meta, false)),
    s.node('salutation', null, inlineContent(front.salutation, false)),
    ...(body.length > 0 ? body : [s.node('paragraph')]),
  ]);
  doc.check();
  return { doc, numberingStyle: lifted.style };
}
