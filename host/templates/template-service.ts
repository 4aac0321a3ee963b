import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'prosemirror-model';
import type { CreateFromSkeletonRequest, SaveTemplateRequest, SectionTemplate, TemplateCatalog } from '../../common/api';
import { isStandardVariable } from '../../common/placeholder-variables';
import { speechSchema } from '../../common/schema';
import { buildTemplateCatalog, type LoadedTemplates } from '../../common/template/catalog';
import { compareProblems } from '../../common/template/problems';
import { renderSkeletonDoc } from '../../common/template/render';
import { sectionFileName, sectionFileText } from '../../common/template/serialize';
import { parseTemplateFile, type ParsedSection } from '../../common/template/template-file';
import { readTemplateFolder } from './template-folder';

/** A template request refused; `path` names the offending field of the request. */
export class TemplateRequestError extends Error {
  constructor(
    readonly code: 'bad_request' | 'not_found',
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'TemplateRequestError';
  }
}

/** What a new speech from a skeleton starts with: its content and its variable values. */
export interface SkeletonSpeech {
  doc: Node;
  variables: Record<string, string>;
}

/** The folder of a user's own templates inside the data directory. */
export const USER_TEMPLATES_FOLDER = 'templates';

const BLOCK_TYPES = new Set(['heading', 'paragraph']);

/**
 * The template catalog: shipped templates and the user's own. Files are read again for each request, so a
 * template edited in Notepad shows without restarting the host; there are a few dozen small files.
 */
export class TemplateService {
  readonly userDir: string;

  constructor(
    private readonly shippedDir: string,
    dataDir: string,
  ) {
    this.userDir = join(dataDir, USER_TEMPLATES_FOLDER);
  }

  load(): LoadedTemplates {
    const shipped = readTemplateFolder(this.shippedDir, 'shipped', (path) => `templates/${path}`);
    const user = readTemplateFolder(this.userDir, 'user', (path) => join(this.userDir, path));
    const loaded = buildTemplateCatalog([...shipped.files, ...user.files]);
    const problems = [...shipped.problems, ...user.problems, ...loaded.catalog.problems].sort(compareProblems);
    return { ...loaded, catalog: { ...loaded.catalog, problems } };
  }

  catalog(): TemplateCatalog {
    return this.load().catalog;
  }

  /** Saves a user template as a file, written whole to a temporary name and then renamed over. */
  save(request: SaveTemplateRequest): SectionTemplate {
    const blocks = request.content.map((json, index) => contentBlock(json, index));
    const id = `user-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const fileName = sectionFileName(id);
    const text = sectionFileText({ id, name: request.name, kind: request.kind, description: request.description ?? '', tags: request.tags ?? [] }, blocks);
    const parsed = parseTemplateFile(fileName, text);
    if (!parsed.ok) {
      const problem = parsed.problems[0];
      throw new TemplateRequestError('bad_request', `body.content: ${problem ? problem.message : 'not a valid template'}`, 'body.content');
    }
    mkdirSync(this.userDir, { recursive: true });
    const target = join(this.userDir, fileName);
    const temporary = join(this.userDir, `.${fileName}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx', flush: true });
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    const saved = this.catalog().sections.find((section) => section.id === id);
    if (!saved) throw new Error(`saved template ${target} did not load`);
    return saved;
  }

  /** The speech a skeleton makes with these variable values, after checking them against the skeleton. */
  speechFromSkeleton(request: CreateFromSkeletonRequest): SkeletonSpeech {
    const loaded = this.load();
    const skeleton = loaded.skeletons.get(request.skeletonId);
    const summary = loaded.catalog.skeletons.find((candidate) => candidate.id === request.skeletonId);
    if (!skeleton || !summary) throw new TemplateRequestError('not_found', `skeleton ${request.skeletonId} not found`, 'body.skeletonId');
    const known = new Map(summary.variables.map((variable) => [variable.key, variable]));
    const variables: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.variables)) {
      // The standard variables belong to every speech (its settings show them all); others must be the skeleton's.
      if (!known.has(key) && !isStandardVariable(key)) throw new TemplateRequestError('bad_request', `body.variables.${key}: not a variable of skeleton ${skeleton.id}`, `body.variables.${key}`);
      if (value.trim() !== '') variables[key] = value.trim();
    }
    for (const variable of summary.variables) {
      if (variable.required && variables[variable.key] === undefined) {
        throw new TemplateRequestError('bad_request', `body.variables.${variable.key}: required by skeleton ${skeleton.id}`, `body.variables.${variable.key}`);
      }
    }
    const sections = skeleton.sections.map((entry) => loaded.sections.get(entry.id) as ParsedSection);
    return { doc: renderSkeletonDoc(skeleton, sections), variables };
  }
}

function contentBlock(json: unknown, index: number): Node {
  const path = `body.content.${index}`;
  let node: Node;
  try {
    node = speechSchema.nodeFromJSON(json);
    node.check();
  } catch (error) {
    throw new TemplateRequestError('bad_request', `${path}: not a valid speech block (${(error as Error).message})`, path);
  }
  if (!BLOCK_TYPES.has(node.type.name)) throw new TemplateRequestError('bad_request', `${path}: a template holds headings and paragraphs, not ${node.type.name}`, path);
  return node;
}
