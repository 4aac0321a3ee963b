import type { PlaceholderAttrs } from '../schema';
import { parsePlaceholderSource, PlaceholderSyntaxError, type PlaceholderExpression } from '../placeholder-expression';
import { isLevel, type Level } from '../numbering-style';
import { readTypedNumber } from '../typed-numbering';
import type { SourceLine } from './front-matter';
import type { ProblemList } from './problems';

/**
 * The body of a section template, one block per line:
 *
 *   # 攻坚克难，确保全年目标圆满收官        a heading; the number of # is its level (1-4)
 *   ++ 【盯紧节点，推动项目提速。】正文……    a numbered run-in point; the number of + is its level, 【】 holds the lead
 *   正文……                                a paragraph
 *
 * Blank lines are ignored, and leading spaces (full-width too) are dropped. Inline, {{…}} is a placeholder
 * (see common/placeholder-expression.ts) and {{#部分数}} the count of level-1 parts that follow, computed when
 * the speech is put together. A backslash makes the next character plain text: \{ \} \【 \】 \# \+ \\.
 */

/** The only computed count a template can ask for: how many level-1 parts follow (下面，我强调{{#部分数}}点意见：). */
export const PART_COUNT_DIRECTIVE = '#部分数';

export type InlineItem =
  | { type: 'text'; text: string; line: number; column: number }
  | { type: 'placeholder'; attrs: PlaceholderAttrs; line: number; column: number }
  | { type: 'part-count'; line: number; column: number };

export type TemplateBlock =
  | { type: 'heading'; level: Level; content: InlineItem[]; line: number }
  | { type: 'paragraph'; content: InlineItem[]; line: number }
  | { type: 'point'; level: Level; lead: InlineItem[]; body: InlineItem[]; line: number };

/** Checks a parsed placeholder in the template's context and gives its node attributes, or reports why not. */
export type PlaceholderResolver = (expression: PlaceholderExpression, line: number, column: number) => PlaceholderAttrs | undefined;

const OPEN = /\{\{|｛｛/y;
const CLOSE = /\}\}|｝｝/y;
const LEAD_END = /[。！？]$/;
const FIGURE = /[0-9０-９]+/g;

/** Parses the inline content of `text`, which starts at `column` of `line`. */
export function parseInline(text: string, line: number, column: number, resolve: PlaceholderResolver, problems: ProblemList): InlineItem[] {
  const items: InlineItem[] = [];
  let buffer = '';
  let bufferStart = 0;
  const flush = (end: number) => {
    if (buffer) checkFigures(buffer, line, column + bufferStart, problems);
    if (buffer) items.push({ type: 'text', text: buffer, line, column: column + bufferStart });
    buffer = '';
    bufferStart = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) {
      if (!buffer) bufferStart = i;
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    OPEN.lastIndex = i;
    if (OPEN.test(text)) {
      flush(i);
      const close = findClose(text, i + 2);
      if (close < 0) {
        problems.add(line, column + i, "'{{' is not closed with '}}' on this line");
        return items;
      }
      const inner = text.slice(i + 2, close);
      const nested = inner.search(/\{\{|｛｛/);
      if (nested >= 0) problems.add(line, column + i + 2 + nested, "'{{' inside a placeholder: close the first one with '}}'");
      else items.push(...placeholderItem(inner, line, column + i, resolve, problems));
      i = close + 2;
      bufferStart = i;
      continue;
    }
    CLOSE.lastIndex = i;
    if (CLOSE.test(text)) {
      problems.add(line, column + i, "'}}' without an opening '{{'");
      i += 2;
      continue;
    }
    if (!buffer) bufferStart = i;
    buffer += ch;
    i++;
  }
  flush(i);
  return items;
}

function findClose(text: string, from: number): number {
  for (let i = from; i < text.length - 1; i++) {
    CLOSE.lastIndex = i;
    if (CLOSE.test(text)) return i;
  }
  return -1;
}

function placeholderItem(inner: string, line: number, column: number, resolve: PlaceholderResolver, problems: ProblemList): InlineItem[] {
  if (inner.trim() === PART_COUNT_DIRECTIVE) return [{ type: 'part-count', line, column }];
  try {
    const attrs = resolve(parsePlaceholderSource(inner, 0), line, column);
    return attrs ? [{ type: 'placeholder', attrs, line, column }] : [];
  } catch (error) {
    if (!(error instanceof PlaceholderSyntaxError)) throw error;
    problems.add(line, column + 2 + error.offset, `placeholder {{${inner}}}: ${error.message}`);
    return [];
  }
}

/** Templates carry no figures: every number is a placeholder, so no figure of an old occasion survives. */
function checkFigures(text: string, line: number, column: number, problems: ProblemList): void {
  for (const match of text.matchAll(FIGURE)) {
    problems.add(line, column + match.index, `typed figure '${match[0]}': figures are placeholders in a template, e.g. {{固定资产投资增速|1位小数}} or {{?项目个数}}`);
  }
}

const HEADING = /^(#+)[ \t\u3000]*(.*)$/;
const POINT = /^(\++)[ \t\u3000]*(.*)$/;

function leadingSpace(text: string): number {
  return text.length - text.replace(/^[ \t\u3000]+/, '').length;
}

/** Parses the body lines into blocks, checking levels, leads and typed numbering. */
export function parseBody(lines: SourceLine[], resolve: PlaceholderResolver, problems: ProblemList): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  let previous: { level: Level; type: 'heading' | 'point' } | undefined;
  for (const { text: raw, line } of lines) {
    const indent = leadingSpace(raw);
    const text = raw.slice(indent).trimEnd();
    if (text === '') continue;
    const column = indent + 1;
    const marker = HEADING.exec(text) ?? POINT.exec(text);
    if (!marker) {
      checkTypedNumber(text, line, column, problems);
      blocks.push({ type: 'paragraph', content: parseInline(text, line, column, resolve, problems), line });
      continue;
    }
    const marks = marker[1] as string;
    const rest = marker[2] as string;
    const restColumn = column + text.length - rest.length;
    const level = marks.length;
    const isHeading = marks[0] === '#';
    if (!isLevel(level)) {
      problems.add(line, column, `${marks} is level ${level}: levels are 1 to 4 (${isHeading ? '# to ####' : '+ to ++++'})`);
      continue;
    }
    if (previous && level > previous.level + 1) problems.add(line, column, `level ${level} right after level ${previous.level} skips level ${previous.level + 1}`);
    if (!isHeading && previous?.type === 'heading' && previous.level === level) {
      problems.add(line, column, `a level-${level} point right under a level-${level} heading would be numbered as its sibling: write ${'+'.repeat(level + 1)}`);
    }
    previous = { level, type: isHeading ? 'heading' : 'point' };
    if (rest.trim() === '') {
      problems.add(line, column, isHeading ? 'a heading without text' : 'a point without text');
      continue;
    }
    checkTypedNumber(rest, line, restColumn, problems);
    if (isHeading) {
      blocks.push({ type: 'heading', level, content: parseInline(rest, line, restColumn, resolve, problems), line });
      continue;
    }
    const point = parsePoint(rest, line, restColumn, resolve, problems);
    if (point) blocks.push({ type: 'point', level, ...point, line });
  }
  return blocks;
}

function parsePoint(text: string, line: number, column: number, resolve: PlaceholderResolver, problems: ProblemList): { lead: InlineItem[]; body: InlineItem[] } | undefined {
  if (!text.startsWith('【')) {
    problems.add(line, column, 'a point starts with its lead sentence in 【】, e.g. ++ 【盯紧节点，推动项目提速。】正文');
    return undefined;
  }
  let close = -1;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '】') {
      close = i;
      break;
    }
  }
  if (close < 0) {
    problems.add(line, column, "the lead sentence opened with '【' is not closed with '】'");
    return undefined;
  }
  const lead = text.slice(1, close);
  if (!LEAD_END.test(lead.trimEnd())) problems.add(line, column + close, 'the lead sentence has no sentence end: finish it with 。, ！ or ？ before 】');
  return {
    lead: parseInline(lead, line, column + 1, resolve, problems),
    body: parseInline(text.slice(close + 1), line, column + close + 1, resolve, problems),
  };
}

function checkTypedNumber(text: string, line: number, column: number, problems: ProblemList): void {
  const typed = readTypedNumber(text.replace(/^【/, ''));
  if (typed) problems.add(line, column, `typed number '${text.slice(0, typed.length).trim()}': numbers are computed, remove it (use # for headings, + for points)`);
}
