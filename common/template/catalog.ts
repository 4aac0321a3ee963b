import type { SectionTemplate, Skeleton, TemplateCatalog, TemplateProblem, VariableDefinition } from '../api';
import { DEFAULT_INDICATORS, type IndicatorCatalog } from '../placeholder-indicators';
import { compareProblems } from './problems';
import { partCountLine, partsAfterCount, renderSectionContent } from './render';
import { parseTemplateFile, skeletonSummary, type ParsedSection, type ParsedSkeleton, type TemplateSource } from './template-file';

/** One template file as read from disk: how problems name it, its text, and where it comes from. */
export interface TemplateFileText {
  file: string;
  text: string;
  source: TemplateSource;
}

/** The catalog as the API serves it, plus the parsed templates the host renders speeches from. */
export interface LoadedTemplates {
  catalog: TemplateCatalog;
  sections: ReadonlyMap<string, ParsedSection>;
  skeletons: ReadonlyMap<string, ParsedSkeleton>;
}

/**
 * Builds the catalog from every file: a file that fails is reported and left out, the others stay listed.
 * Files are taken shipped first, then by name, so a duplicate id is reported on the later file and the
 * shipped template keeps its place.
 */
export function buildTemplateCatalog(files: TemplateFileText[], indicators: IndicatorCatalog = DEFAULT_INDICATORS): LoadedTemplates {
  const ordered = [...files].sort((a, b) => (a.source === b.source ? a.file.localeCompare(b.file) : a.source === 'shipped' ? -1 : 1));
  const problems: TemplateProblem[] = [];
  const sections = new Map<string, ParsedSection>();
  const sources = new Map<string, TemplateSource>();
  const skeletons = new Map<string, ParsedSkeleton>();
  const owners = new Map<string, { file: string; line: number }>();
  for (const { file, text, source } of ordered) {
    const result = parseTemplateFile(file, text, indicators);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const template = result.template;
    const owner = owners.get(template.id);
    if (owner) {
      problems.push({ file, line: template.idLine, message: `duplicate id '${template.id}': also in ${owner.file}:${owner.line}` });
      continue;
    }
    owners.set(template.id, { file, line: template.idLine });
    if (template.kind === 'section') {
      sections.set(template.id, template);
      sources.set(template.id, source);
    } else skeletons.set(template.id, template);
  }

  const skeletonList: Skeleton[] = [];
  for (const skeleton of [...skeletons.values()]) {
    const found = checkSkeleton(skeleton, sections, problems);
    if (!found) {
      skeletons.delete(skeleton.id);
      continue;
    }
    skeletonList.push(skeletonSummary(skeleton, mergeVariables([skeleton.variables, ...found.map((section) => section.variables)])));
  }

  const sectionList: SectionTemplate[] = [...sections.values()].map((section) => ({
    id: section.id,
    name: section.name,
    kind: section.templateKind,
    description: section.description,
    tags: section.tags,
    source: sources.get(section.id) ?? 'shipped',
    variables: section.variables,
    content: renderSectionContent(section),
  }));
  return { catalog: { sections: sectionList, skeletons: skeletonList, problems: problems.sort(compareProblems) }, sections, skeletons };
}

/** The skeleton's sections in order, or undefined (with problems) when one is missing or a count fails. */
function checkSkeleton(skeleton: ParsedSkeleton, sections: ReadonlyMap<string, ParsedSection>, problems: TemplateProblem[]): ParsedSection[] | undefined {
  const found: ParsedSection[] = [];
  let ok = true;
  for (const entry of skeleton.sections) {
    const section = sections.get(entry.id);
    if (section) found.push(section);
    else {
      ok = false;
      problems.push({ file: skeleton.file, line: entry.line, column: entry.column, message: `section '${entry.id}' does not exist (or failed to load)` });
    }
  }
  if (!ok) return undefined;
  if (partsAfterCount(found) === 0) {
    const counting = found.find((section) => partCountLine(section) !== undefined);
    const entry = skeleton.sections.find((candidate) => candidate.id === counting?.id);
    problems.push({ file: skeleton.file, line: entry?.line ?? skeleton.idLine, message: `section '${entry?.id ?? ''}' announces {{#部分数}} parts, but no level-1 heading follows it in this skeleton` });
    return undefined;
  }
  return found;
}

/** One definition per key, in first-seen order; required when any template requires it. */
export function mergeVariables(lists: VariableDefinition[][]): VariableDefinition[] {
  const merged = new Map<string, VariableDefinition>();
  for (const definition of lists.flat()) {
    const seen = merged.get(definition.key);
    if (!seen) merged.set(definition.key, { ...definition });
    else merged.set(definition.key, { ...definition, ...seen, required: seen.required || definition.required });
  }
  return [...merged.values()];
}
