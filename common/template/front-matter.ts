import type { ProblemList } from './problems';

/**
 * The header of a template file: a small subset of YAML between two `---` lines, enough for what templates
 * declare and simple to read in Notepad:
 *
 *   field: value                 a scalar (surrounding quotes are dropped)
 *   field: [a, b]                an inline list of scalars
 *   field:                       a block list; each item a scalar, or `key: value` lines starting at `- `
 *     - item
 *     - key: value
 *       other: value
 *
 * Lines starting with # are comments. A full-width colon （：） is read like `:`. Positions are kept for
 * every value, so that a problem names its line and column.
 */

export interface HeaderScalar {
  kind: 'scalar';
  text: string;
  line: number;
  column: number;
}

export interface HeaderMap {
  kind: 'map';
  fields: Map<string, HeaderScalar>;
  line: number;
  column: number;
}

export interface HeaderList {
  kind: 'list';
  items: Array<HeaderScalar | HeaderMap>;
  line: number;
  column: number;
}

export interface HeaderField {
  key: string;
  value: HeaderScalar | HeaderList;
  line: number;
}

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface SplitFile {
  fields: Map<string, HeaderField>;
  body: SourceLine[];
  /** The line of the closing ---, for problems about the header as a whole. */
  headerEnd: number;
}

const FENCE = /^---\s*$/;
const FIELD = /^([A-Za-z_][A-Za-z0-9_]*)\s*[:：][ \t]*(.*)$/;
const INDENTED = /^[ \t]+\S/;

/** Lines of a file as Notepad may save it: with a byte order mark, and CRLF line ends. */
export function sourceLines(text: string): SourceLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line, index) => ({ text: line, line: index + 1 }));
}

function scalar(raw: string, line: number, column: number): HeaderScalar {
  const trimmedStart = raw.length - raw.trimStart().length;
  let text = raw.trim();
  let start = column + trimmedStart;
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])) {
    text = text.slice(1, -1);
    start += 1;
  }
  return { kind: 'scalar', text, line, column: start };
}

function inlineList(raw: string, line: number, column: number, problems: ProblemList): HeaderList {
  const list: HeaderList = { kind: 'list', items: [], line, column };
  const trimmed = raw.trimEnd();
  if (!trimmed.endsWith(']')) {
    problems.add(line, column, "a list opened with '[' is not closed with ']' on the same line");
    return list;
  }
  const inner = trimmed.slice(1, -1);
  if (inner.trim() === '') return list;
  let start = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i === inner.length || inner[i] === ',' || inner[i] === '，') {
      list.items.push(scalar(inner.slice(start, i), line, column + 1 + start));
      start = i + 1;
    }
  }
  return list;
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** Splits a template file into its header fields and its body lines, reporting what cannot be read. */
export function splitTemplateFile(text: string, problems: ProblemList): SplitFile | undefined {
  const lines = sourceLines(text);
  if (!FENCE.test(lines[0]?.text ?? '')) {
    problems.add(1, 1, 'a template file starts with a header between two --- lines');
    return undefined;
  }
  const end = lines.findIndex((entry, index) => index > 0 && FENCE.test(entry.text));
  if (end < 0) {
    problems.add(1, 1, 'the header opened on line 1 is not closed with a --- line');
    return undefined;
  }
  const fields = new Map<string, HeaderField>();
  let index = 1;
  const skippable = (entry: SourceLine) => entry.text.trim() === '' || entry.text.trim().startsWith('#');
  while (index < end) {
    const entry = lines[index] as SourceLine;
    index++;
    if (skippable(entry)) continue;
    const match = FIELD.exec(entry.text);
    if (!match) {
      problems.add(entry.line, indentOf(entry.text) + 1, INDENTED.test(entry.text) ? 'an indented line belongs to no list field above it' : "expected 'field: value'");
      continue;
    }
    const key = match[1] as string;
    const rest = match[2] as string;
    const restColumn = entry.text.length - rest.length + 1;
    let value: HeaderScalar | HeaderList;
    if (rest.trim().startsWith('[')) {
      value = inlineList(rest, entry.line, restColumn + indentOf(rest), problems);
    } else if (rest.trim() !== '') {
      value = scalar(rest, entry.line, restColumn);
    } else {
      const block: SourceLine[] = [];
      while (index < end && (skippable(lines[index] as SourceLine) || INDENTED.test((lines[index] as SourceLine).text))) {
        const next = lines[index] as SourceLine;
        if (!skippable(next)) block.push(next);
        index++;
      }
      value = block.length === 0 ? scalar('', entry.line, restColumn) : blockList(block, entry.line, problems);
    }
    if (fields.has(key)) problems.add(entry.line, 1, `field '${key}' is given twice (first on line ${fields.get(key)?.line})`);
    else fields.set(key, { key, value, line: entry.line });
  }
  return { fields, body: lines.slice(end + 1), headerEnd: end + 1 };
}

const ITEM = /^(\s+)-(?:[ \t]+|$)(.*)$/;

function blockList(block: SourceLine[], line: number, problems: ProblemList): HeaderList {
  const list: HeaderList = { kind: 'list', items: [], line, column: 1 };
  let current: HeaderMap | undefined;
  let currentIndent = 0;
  for (const entry of block) {
    const item = ITEM.exec(entry.text);
    if (item) {
      const indent = (item[1] as string).length;
      const content = item[2] as string;
      const column = entry.text.length - content.length + 1;
      const field = FIELD.exec(content);
      if (field) {
        current = { kind: 'map', fields: new Map(), line: entry.line, column };
        currentIndent = indent;
        addMapField(current, field, entry, column, problems);
        list.items.push(current);
      } else {
        current = undefined;
        list.items.push(scalar(content, entry.line, column));
      }
      continue;
    }
    const field = FIELD.exec(entry.text.trimStart());
    if (current && field && indentOf(entry.text) > currentIndent) {
      addMapField(current, field, entry, indentOf(entry.text) + 1, problems);
      continue;
    }
    problems.add(entry.line, indentOf(entry.text) + 1, "expected a list item '- …' or a 'key: value' line of the item above");
  }
  return list;
}

function addMapField(map: HeaderMap, match: RegExpExecArray, entry: SourceLine, column: number, problems: ProblemList): void {
  const key = match[1] as string;
  const rest = match[2] as string;
  if (map.fields.has(key)) {
    problems.add(entry.line, column, `'${key}' is given twice in this item`);
    return;
  }
  const matched = match[0];
  map.fields.set(key, scalar(rest, entry.line, column + matched.length - rest.length));
}
