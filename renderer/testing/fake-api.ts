import type { CreateFromSkeletonRequest, DocumentSummary, ImportResult, SectionTemplate, TemplateCatalog } from '../../common/api';
import type { ApiClient } from '../host/api-client';
import { ApiRequestError } from '../host/api-error';
import { sampleCatalog } from './template-fixture';

/**
 * An in-memory host for component tests: the same contract as the real API client, with a clock that
 * moves forward one minute per change so that "newest first" is observable.
 */
export function createFakeApi(initial: Array<Partial<DocumentSummary> & { id: string }> = [], catalog: TemplateCatalog = sampleCatalog()) {
  let clock = Date.parse('2025-10-09T08:00:00Z');
  const tick = () => new Date((clock += 60_000)).toISOString();
  const documents = new Map<string, DocumentSummary>();
  for (const partial of initial) {
    const at = tick();
    documents.set(partial.id, { title: partial.id, numberingStyle: 'speech', characters: 0, createdAt: at, updatedAt: at, deletedAt: null, ...partial });
  }
  let nextId = 1;
  const calls: Array<{ method: keyof ApiClient; args: unknown[] }> = [];
  const imports: Array<{ filename: string; data: Uint8Array }> = [];

  function find(id: string): DocumentSummary {
    const found = documents.get(id);
    if (!found) throw new ApiRequestError('not_found', `document ${id} not found`, 404);
    return found;
  }

  function add(title: string, numberingStyle: DocumentSummary['numberingStyle'] = 'speech'): DocumentSummary {
    const at = tick();
    const doc: DocumentSummary = { id: `new-${nextId++}`, title, numberingStyle, characters: 0, createdAt: at, updatedAt: at, deletedAt: null };
    documents.set(doc.id, doc);
    return doc;
  }

  function update(id: string, change: Partial<DocumentSummary>): DocumentSummary {
    const next = { ...find(id), ...change, updatedAt: tick() };
    documents.set(id, next);
    return next;
  }

  const api: ApiClient = {
    async session() {
      calls.push({ method: 'session', args: [] });
      return { version: 'test', collabPath: '/collab', role: 'owner', speechId: null };
    },
    async listDocuments({ q, trash } = {}) {
      calls.push({ method: 'listDocuments', args: [{ q, trash }] });
      return [...documents.values()]
        .filter((doc) => (doc.deletedAt !== null) === Boolean(trash))
        .filter((doc) => !q || doc.title.toLowerCase().includes(q.toLowerCase()))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async getDocument(id) {
      return find(id);
    },
    async createDocument(request = {}) {
      calls.push({ method: 'createDocument', args: [request] });
      return add(request.title ?? '');
    },
    async renameDocument(id, title) {
      calls.push({ method: 'renameDocument', args: [id, title] });
      return update(id, { title });
    },
    async duplicateDocument(id) {
      const source = find(id);
      const at = tick();
      const copy = { ...source, id: `copy-${nextId++}`, title: `${source.title}（副本）`, createdAt: at, updatedAt: at };
      documents.set(copy.id, copy);
      return copy;
    },
    async trashDocument(id) {
      return update(id, { deletedAt: new Date(clock).toISOString() });
    },
    async restoreDocument(id) {
      return update(id, { deletedAt: null });
    },
    async deleteForGood(id) {
      calls.push({ method: 'deleteForGood', args: [id] });
      if (find(id).deletedAt === null) throw new ApiRequestError('conflict', 'not in the trash', 409);
      documents.delete(id);
    },
    async templates() {
      calls.push({ method: 'templates', args: [] });
      return structuredClone(catalog);
    },
    async saveTemplate(request) {
      calls.push({ method: 'saveTemplate', args: [request] });
      const saved: SectionTemplate = { id: `user-${nextId++}`, name: request.name, kind: request.kind, description: request.description ?? '', tags: request.tags ?? [], source: 'user', variables: [], content: request.content };
      catalog.sections.push(saved);
      return saved;
    },
    async createFromSkeleton(request: CreateFromSkeletonRequest) {
      calls.push({ method: 'createFromSkeleton', args: [request] });
      const skeleton = catalog.skeletons.find((candidate) => candidate.id === request.skeletonId);
      if (!skeleton) throw new ApiRequestError('not_found', `skeleton ${request.skeletonId} not found`, 404);
      return add(`在${request.variables.meeting ?? ''}上的讲话`, request.numberingStyle);
    },
    async importFile(filename, data) {
      calls.push({ method: 'importFile', args: [filename] });
      imports.push({ filename, data });
      if (!/\.(txt|docx)$/i.test(filename)) throw new ApiRequestError('bad_request', `${filename}: only .txt and .docx files can be imported`, 400);
      const doc = add(filename.replace(/\.[^.]+$/, ''));
      const result: ImportResult = { id: doc.id, title: doc.title, numberingStyle: 'speech', headings: [], placeholders: [], characters: 0 };
      return result;
    },
  };
  return { api, documents, calls, imports, catalog };
}
