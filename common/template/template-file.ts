import { TEMPLATE_KINDS, type Skeleton, type TemplateKind, type TemplateProblem, type VariableDefinition } from '../api';
import { checkIndicatorPlaceholder } from '../placeholder-check';
import { serializeFormat, serializeIndicatorExpression, type PlaceholderExpression } from '../placeholder-expression';
import { indicatorFallback } from '../placeholder-fallback';
import { DEFAULT_INDICATORS, type IndicatorCatalog } from '../placeholder-indicators';
import { canonicalVariableKey, isStandardVariable, isValidVariableKey, STANDARD_VARIABLE_FALLBACKS } from '../placeholder-variables';
import type { PlaceholderAttrs } from '../schema';
import { PERIOD_VARIABLE } from '../variables';
import { splitTemplateFile, type HeaderField, type HeaderList, type HeaderMap, type HeaderScalar, type SplitFile } from './front-matter';
import { ProblemList } from './problems';
import { parseBody, parseInline, type InlineItem, type PlaceholderResolver, type TemplateBlock } from './template-body';

/** File names: the double extension says what the file is, and .txt opens in Notepad on a double click. */
export const SECTION_SUFFIX = '.section.txt';
export const SKELETON_SUFFIX = '.skeleton.txt';

export function isTemplateFileName(name: string): boolean {
  return name.endsWith(SECTION_SUFFIX) || name.endsWith(SKELETON_SUFFIX);
}

/** Ids are ASCII so they can name files and survive any encoding: lowercase words joined by -. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type TemplateSource = 'shipped' | 'user';

export interface ParsedSection {
  kind: 'section';
  file: string;
  idLine: number;
  id: string;
  name: string;
  templateKind: TemplateKind;
  description: string;
  tags: string[];
  variables: VariableDefinition[];
  blocks: TemplateBlock[];
}

export interface ParsedSkeleton {
  kind: 'skeleton';
  file: string;
  idLine: number;
  id: string;
  name: string;
  description: string;
  title: InlineItem[];
  meta: InlineItem[];
  /** Section ids in order, with the line naming each, for problems about a missing one. */
  sections: Array<{ id: string; line: number; column: number }>;
  /** The variables of the title and meta patterns; the catalog adds those of the sections. */
  variables: VariableDefinition[];
}

export type ParseResult = { ok: true; template: ParsedSection | ParsedSkeleton } | { ok: false; problems: TemplateProblem[] };

const SECTION_FIELDS = ['id', 'name', 'kind', 'description', 'tags', 'variables'];
const SKELETON_FIELDS = ['id', 'name', 'description', 'title', 'meta', 'sections', 'variables'];
const VARIABLE_FIELDS = ['key', 'label', 'example', 'required'];

/** Reads one template file. `file` names it in problems; `text` is its content. */
export function parseTemplateFile(file: string, text: string, indicators: IndicatorCatalog = DEFAULT_INDICATORS): ParseResult {
  const problems = new ProblemList(file);
  const isSkeleton = file.endsWith(SKELETON_SUFFIX);
  if (!isSkeleton && !file.endsWith(SECTION_SUFFIX)) {
    problems.add(1, undefined, `not a template file name: sections end in ${SECTION_SUFFIX}, skeletons in ${SKELETON_SUFFIX}`);
    return { ok: false, problems: problems.problems };
  }
  const split = splitTemplateFile(text, problems);
  const template = split && (isSkeleton ? readSkeleton(split, problems, indicators) : readSection(split, problems, indicators));
  if (!template || !problems.empty) return { ok: false, problems: problems.problems };
  return { ok: true, template };
}

class Header {
  constructor(
    private readonly split: SplitFile,
    private readonly problems: ProblemList,
    allowed: string[],
  ) {
    for (const field of split.fields.values()) {
      if (!allowed.includes(field.key)) problems.add(field.line, 1, `unknown header field '${field.key}' (expected ${allowed.join(', ')})`);
    }
  }

  private field(key: string): HeaderField | undefined {
    return this.split.fields.get(key);
  }

  scalar(key: string, required: boolean): HeaderScalar | undefined {
    const field = this.field(key);
    if (!field) {
      if (required) this.problems.add(this.split.headerEnd, 1, `the header has no '${key}'`);
      return undefined;
    }
    if (field.value.kind !== 'scalar') {
      this.problems.add(field.line, 1, `'${key}' is one value, not a list`);
      return undefined;
    }
    if (required && field.value.text === '') {
      this.problems.add(field.line, field.value.column, `'${key}' is empty`);
      return undefined;
    }
    return field.value;
  }

  list(key: string, required: boolean): HeaderList['items'] {
    const field = this.field(key);
    if (!field) {
      if (required) this.problems.add(this.split.headerEnd, 1, `the header has no '${key}'`);
      return [];
    }
    if (field.value.kind === 'scalar') {
      if (field.value.text === '' && !required) return [];
      this.problems.add(field.line, field.value.column, `'${key}' is a list: write it as [a, b] or as '- ' lines below`);
      return [];
    }
    return field.value.items;
  }

  scalars(key: string, required: boolean): HeaderScalar[] {
    const items = this.list(key, required);
    for (const item of items) if (item.kind !== 'scalar') this.problems.add(item.line, item.column, `'${key}' holds plain values, not 'key: value' items`);
    return items.filter((item): item is HeaderScalar => item.kind === 'scalar');
  }

  id(): HeaderScalar | undefined {
    const id = this.scalar('id', true);
    if (id && !TEMPLATE_ID_PATTERN.test(id.text)) {
      this.problems.add(id.line, id.column, `id '${id.text}' must be lowercase letters and digits joined by -, e.g. deploy-year-end`);
      return undefined;
    }
    return id;
  }
}

interface DeclaredVariable {
  definition: VariableDefinition;
  line: number;
  column: number;
  used: boolean;
}

/** The variables a header declares, and the check that each variable placeholder uses a declared one. */
class Variables {
  readonly declared = new Map<string, DeclaredVariable>();
  private periodImplied = false;

  constructor(
    items: HeaderList['items'],
    private readonly problems: ProblemList,
  ) {
    for (const item of items) this.declare(item);
  }

  private declare(item: HeaderScalar | HeaderMap): void {
    const fields = item.kind === 'map' ? item.fields : new Map([['key', item]]);
    if (item.kind === 'map') {
      for (const [name, value] of item.fields) if (!VARIABLE_FIELDS.includes(name)) this.problems.add(value.line, value.column, `unknown variable field '${name}' (expected ${VARIABLE_FIELDS.join(', ')})`);
    }
    const keyField = fields.get('key');
    if (!keyField || keyField.text === '') {
      this.problems.add(item.line, item.column, "a variable needs a 'key'");
      return;
    }
    const key = canonicalVariableKey(keyField.text);
    if (!isValidVariableKey(key)) {
      this.problems.add(keyField.line, keyField.column, `variable key '${keyField.text}' must be a word of Chinese characters or letters (digits and _ after the first)`);
      return;
    }
    if (this.declared.has(key)) {
      this.problems.add(keyField.line, keyField.column, `variable '${key}' is declared twice (first on line ${this.declared.get(key)?.line})`);
      return;
    }
    const label = fields.get('label')?.text;
    const example = fields.get('example')?.text;
    const requiredField = fields.get('required');
    let required = true;
    if (requiredField) {
      if (requiredField.text !== 'true' && requiredField.text !== 'false') this.problems.add(requiredField.line, requiredField.column, "'required' is true or false");
      required = requiredField.text !== 'false';
    }
    if (!isStandardVariable(key) && !label) this.problems.add(keyField.line, keyField.column, `variable '${key}' is the template's own: give it a Chinese 'label'`);
    const definition: VariableDefinition = { key, required, ...(label ? { label } : {}), ...(example ? { example } : {}) };
    this.declared.set(key, { definition, line: keyField.line, column: keyField.column, used: false });
  }

  use(written: string, line: number, column: number): PlaceholderAttrs | undefined {
    const key = canonicalVariableKey(written);
    const declared = this.declared.get(key);
    if (!declared) {
      const hint = isStandardVariable(key) ? `add '- ${key}' under variables` : `declare it under variables with a key, a label and an example`;
      this.problems.add(line, column, `variable '${written}' is not declared in the header: ${hint}`);
      return undefined;
    }
    declared.used = true;
    const fallback = isStandardVariable(key) ? STANDARD_VARIABLE_FALLBACKS[key] : (declared.definition.label ?? key);
    return { kind: 'variable', key, format: '', fallback };
  }

  /**
   * Indicator placeholders read their figures for the speech's period, so a template with one needs the `period`
   * variable without writing it: it counts as used, or is added as required when the header does not declare it.
   */
  requirePeriod(): void {
    const declared = this.declared.get(PERIOD_VARIABLE);
    if (declared) declared.used = true;
    else this.periodImplied = true;
  }

  checkAllUsed(): void {
    for (const [key, declared] of this.declared) if (!declared.used) this.problems.add(declared.line, declared.column, `variable '${key}' is declared but never used`);
  }

  definitions(): VariableDefinition[] {
    const declared = [...this.declared.values()].map((variable) => variable.definition);
    return this.periodImplied ? [...declared, { key: PERIOD_VARIABLE, required: true }] : declared;
  }
}

function resolver(variables: Variables, indicators: IndicatorCatalog, problems: ProblemList): PlaceholderResolver {
  return (expression: PlaceholderExpression, line, column) => {
    switch (expression.kind) {
      case 'variable':
        return variables.use(expression.key, line, column);
      case 'slot':
        return { kind: 'slot', key: expression.hint, format: '', fallback: '' };
      case 'indicator': {
        variables.requirePeriod();
        const checked = checkIndicatorPlaceholder(expression.expression, expression.format, indicators);
        if (!checked.ok) {
          problems.add(line, column, checked.message);
          return undefined;
        }
        return {
          kind: 'indicator',
          key: serializeIndicatorExpression(checked.expression),
          format: serializeFormat(checked.format),
          fallback: indicatorFallback(checked.expression, checked.format),
        };
      }
    }
  };
}

function readSection(split: SplitFile, problems: ProblemList, indicators: IndicatorCatalog): ParsedSection | undefined {
  const header = new Header(split, problems, SECTION_FIELDS);
  const id = header.id();
  const name = header.scalar('name', true);
  const kind = header.scalar('kind', true);
  if (kind && !(TEMPLATE_KINDS as readonly string[]).includes(kind.text)) {
    problems.add(kind.line, kind.column, `unknown kind '${kind.text}' (expected ${TEMPLATE_KINDS.join(', ')})`);
  }
  const description = header.scalar('description', false)?.text ?? '';
  const tags = header.scalars('tags', false).map((tag) => tag.text);
  const variables = new Variables(header.list('variables', false), problems);
  const blocks = parseBody(split.body, resolver(variables, indicators, problems), problems);
  if (blocks.length === 0 && split.body.every((line) => line.text.trim() === '')) problems.add(split.headerEnd, 1, 'the template has no text below its header');
  variables.checkAllUsed();
  if (!id || !name || !kind || !problems.empty) return undefined;
  return {
    kind: 'section',
    file: problems.file,
    idLine: id.line,
    id: id.text,
    name: name.text,
    templateKind: kind.text as TemplateKind,
    description,
    tags,
    variables: variables.definitions(),
    blocks,
  };
}

function readSkeleton(split: SplitFile, problems: ProblemList, indicators: IndicatorCatalog): ParsedSkeleton | undefined {
  const header = new Header(split, problems, SKELETON_FIELDS);
  const id = header.id();
  const name = header.scalar('name', true);
  const description = header.scalar('description', false)?.text ?? '';
  const variables = new Variables(header.list('variables', false), problems);
  const resolve = resolver(variables, indicators, problems);
  const pattern = (field: HeaderScalar | undefined) => (field ? parseInline(field.text, field.line, field.column, resolve, problems) : []);
  const title = pattern(header.scalar('title', true));
  const meta = pattern(header.scalar('meta', false));
  for (const item of [...title, ...meta]) if (item.type === 'part-count') problems.add(item.line, item.column, '{{#部分数}} belongs in a section, not in the title or meta line');
  const sections = header.scalars('sections', true).map((section) => ({ id: section.text, line: section.line, column: section.column }));
  if (header.list('sections', false).length === 0 && split.fields.has('sections')) problems.add(split.fields.get('sections')?.line ?? 1, 1, "'sections' lists no section");
  const seen = new Map<string, number>();
  for (const section of sections) {
    const first = seen.get(section.id);
    if (first !== undefined) problems.add(section.line, section.column, `section '${section.id}' is listed twice (first on line ${first})`);
    else seen.set(section.id, section.line);
  }
  const bodyLine = split.body.find((line) => line.text.trim() !== '');
  if (bodyLine) problems.add(bodyLine.line, 1, 'a skeleton has only a header: its text comes from the sections it lists');
  variables.checkAllUsed();
  if (!id || !name || !problems.empty) return undefined;
  return {
    kind: 'skeleton',
    file: problems.file,
    idLine: id.line,
    id: id.text,
    name: name.text,
    description,
    title,
    meta,
    sections,
    variables: variables.definitions(),
  };
}

/** The API's view of a skeleton, with the variables of its sections merged in by the catalog. */
export function skeletonSummary(skeleton: ParsedSkeleton, variables: VariableDefinition[]): Skeleton {
  return { id: skeleton.id, name: skeleton.name, description: skeleton.description, sections: skeleton.sections.map((section) => section.id), variables };
}
