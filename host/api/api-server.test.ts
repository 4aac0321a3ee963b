import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES, MAX_TITLE_LENGTH, apiErrorSchema, type DocumentSummary } from '../../common/api';
import * as Y from 'yjs';
import { commentsDocumentName } from '../../common/collab';
import { readSpeechMetadata } from '../collab/speech-ydoc';
import { allAcknowledged, bodyText, connectProvider, readBody, readStoredRows, scratchDir, untilDoc, useTestHosts, type TestHost } from '../testing/test-host';
import { CONTENT_SECURITY_POLICY, RENDERER_MISSING_MESSAGE, SERVICE_WORKER_PATH } from './static-files';

const host = useTestHosts();

const ids = (documents: DocumentSummary[]) => documents.map((d) => d.id);

async function list(h: TestHost, query = ''): Promise<DocumentSummary[]> {
  const response = await h.request('GET', `/api/documents${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { documents: DocumentSummary[] }).documents;
}

/** Sends a bad request and checks the error body, and that nothing stored changed. */
async function refused(h: TestHost, send: () => Promise<Response>, status: number, code: string) {
  const before = readStoredRows(h.dataDir);
  const response = await send();
  expect(response.status).toBe(status);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(readStoredRows(h.dataDir)).toEqual(before);
  return body.error;
}

describe('library API', () => {
  it('creates speeches with defaults and lists them newest change first', async () => {
    const h = await host();
    const untitled = await h.createSpeech();
    expect(untitled).toMatchObject({ title: '', numberingStyle: 'speech', characters: 3, deletedAt: null });
    const created = await h.request('POST', '/api/documents', { body: { title: '  年度工作会议讲话 ', numberingStyle: 'official' } });
    expect(created.status).toBe(201);
    const second = (await created.json()) as DocumentSummary;
    expect(second).toMatchObject({ title: '年度工作会议讲话', numberingStyle: 'official' });
    expect(ids(await list(h))).toEqual([second.id, untitled.id]);
    await h.request('PATCH', `/api/documents/${untitled.id}`, { body: { title: '开幕词' } });
    expect(ids(await list(h))).toEqual([untitled.id, second.id]);
    expect(await (await h.request('GET', `/api/documents/${second.id}`)).json()).toEqual(second);
  });

  it('exports a speech from the running host, named after its title', async () => {
    const h = await host();
    const speech = await h.createSpeech('年度工作会议讲话');
    const response = await h.request('GET', `/api/documents/${speech.id}/export?format=txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('年度工作会议讲话.txt'));
    expect(await response.text()).toContain('年度工作会议讲话');
    expect((await h.request('GET', '/api/documents/no-such/export?format=docx')).status).toBe(404);
  });

  it('searches titles', async () => {
    const h = await host();
    const a = await h.createSpeech('在全区经济工作会议上的讲话');
    await h.createSpeech('开幕词');
    const b = await h.createSpeech('Economic Work Report');
    expect(ids(await list(h, `?q=${encodeURIComponent('经济工作')}`))).toEqual([a.id]);
    expect(ids(await list(h, '?q=economic'))).toEqual([b.id]);
    expect(await list(h, '?q=none')).toEqual([]);
  });

  it('renames through the document, visible to an open editor', async () => {
    const h = await host();
    const speech = await h.createSpeech('旧题');
    const editor = await connectProvider(h.collabUrl(), speech.id);
    try {
      const renamed = (await (await h.request('PATCH', `/api/documents/${speech.id}`, { body: { title: '新题' } })).json()) as DocumentSummary;
      expect(renamed.title).toBe('新题');
      expect(renamed.updatedAt > speech.updatedAt).toBe(true);
      await untilDoc(editor.document, (doc) => readSpeechMetadata(doc, 'speech').title === '新题');
    } finally {
      editor.destroy();
    }
  });

  it('duplicates with the title "<title> 副本" and the same content', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const response = await h.request('POST', `/api/documents/${speech.id}/duplicate`);
    expect(response.status).toBe(201);
    const copy = (await response.json()) as DocumentSummary;
    expect(copy).toMatchObject({ title: '讲话 副本', numberingStyle: 'speech', deletedAt: null });
    expect(copy.id).not.toBe(speech.id);
    const editor = await connectProvider(h.collabUrl(), copy.id);
    try {
      expect(readSpeechMetadata(editor.document, 'official')).toEqual({ title: '讲话 副本', characters: copy.characters, numberingStyle: 'speech' });
    } finally {
      editor.destroy();
    }
    const long = await h.createSpeech('长'.repeat(MAX_TITLE_LENGTH));
    const longCopy = (await (await h.request('POST', `/api/documents/${long.id}/duplicate`)).json()) as DocumentSummary;
    expect(longCopy.title.length).toBe(MAX_TITLE_LENGTH);
    expect(longCopy.title.endsWith(' 副本')).toBe(true);
  });

  it('duplicates the comments too, their anchors resolving on the same words of the copy', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const editor = await connectProvider(h.collabUrl(), speech.id);
    const reviewer = await connectProvider(h.collabUrl(), commentsDocumentName(speech.id));
    try {
      const body = bodyText(editor.document);
      body.insert(0, '一年来，全区经济稳中有进。');
      // The commented words: 全区经济, characters 4–8 of the paragraph.
      const from = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(body, 4));
      const to = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(body, 7, -1));
      // A thread as the renderer writes one (renderer/editor/comments/comment-threads.ts), reduced to what is checked.
      const comments = new Y.Array<Y.Map<unknown>>();
      comments.push([new Y.Map<unknown>([['text', '请核实口径']])]);
      reviewer.document.getMap('threads').set('thread', new Y.Map<unknown>([['from', from], ['to', to], ['comments', comments]]));
      await Promise.all([allAcknowledged(editor), allAcknowledged(reviewer)]);
    } finally {
      editor.destroy();
      reviewer.destroy();
    }

    const copy = (await (await h.request('POST', `/api/documents/${speech.id}/duplicate`)).json()) as DocumentSummary;
    const copyText = await connectProvider(h.collabUrl(), copy.id);
    const copyComments = await connectProvider(h.collabUrl(), commentsDocumentName(copy.id));
    try {
      const thread = copyComments.document.getMap<Y.Map<unknown>>('threads').get('thread');
      expect((thread?.get('comments') as Y.Array<Y.Map<unknown>> | undefined)?.map((comment) => comment.get('text'))).toEqual(['请核实口径']);
      const place = (key: 'from' | 'to') => Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(thread?.get(key) as Uint8Array), copyText.document);
      const start = place('from');
      const end = place('to');
      expect(start?.type).toBe(bodyText(copyText.document));
      expect(readBody(copyText.document).slice(start?.index, (end?.index ?? 0) + 1)).toBe('全区经济');
    } finally {
      copyText.destroy();
      copyComments.destroy();
    }
  });

  it('moves to the trash, restores, and purges only from the trash', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const other = await h.createSpeech('另一篇');
    const trashed = (await (await h.request('DELETE', `/api/documents/${speech.id}`)).json()) as DocumentSummary;
    expect(trashed.deletedAt).not.toBeNull();
    expect(ids(await list(h))).toEqual([other.id]);
    expect(ids(await list(h, '?trash=true'))).toEqual([speech.id]);
    expect((await (await h.request('GET', `/api/documents/${speech.id}`)).json()).deletedAt).toBe(trashed.deletedAt);

    const restored = (await (await h.request('POST', `/api/documents/${speech.id}/restore`)).json()) as DocumentSummary;
    expect(restored.deletedAt).toBeNull();
    expect(ids(await list(h, '?trash=true'))).toEqual([]);

    const notTrashed = await refused(h, () => h.request('DELETE', `/api/trash/${speech.id}`), 409, 'conflict');
    expect(notTrashed.message).toContain(speech.id);

    await h.request('DELETE', `/api/documents/${speech.id}`);
    const purged = await h.request('DELETE', `/api/trash/${speech.id}`);
    expect(purged.status).toBe(204);
    const rows = readStoredRows(h.dataDir);
    expect(rows.snapshots.map((s) => s.doc_id)).toEqual([other.id]);
    expect(rows.updates.filter((u) => u.doc_id === speech.id)).toEqual([]);
    await refused(h, () => h.request('GET', `/api/documents/${speech.id}`), 404, 'not_found');
  });

  it('disconnects editors of a speech moved to the trash', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const editor = await connectProvider(h.collabUrl(), speech.id);
    try {
      const closed = new Promise<void>((resolve) => editor.on('close', () => resolve()));
      await h.request('DELETE', `/api/documents/${speech.id}`);
      await closed;
    } finally {
      editor.destroy();
    }
  });

  it('answers the session', async () => {
    const h = await host();
    expect(await (await h.request('GET', '/api/session')).json()).toEqual({ version: expect.any(String), collabPath: '/collab', role: 'owner', speechId: null });
  });
});

describe('bad requests', () => {
  it('names an unknown id in a 404, for every route that takes one', async () => {
    const h = await host();
    await h.createSpeech('讲话');
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/documents/missing-id'],
      ['PATCH', '/api/documents/missing-id', { title: '新' }],
      ['POST', '/api/documents/missing-id/duplicate'],
      ['DELETE', '/api/documents/missing-id'],
      ['POST', '/api/documents/missing-id/restore'],
      ['DELETE', '/api/trash/missing-id'],
    ];
    for (const [method, path, body] of routes) {
      const error = await refused(h, () => h.request(method, path, body === undefined ? {} : { body }), 404, 'not_found');
      expect(error.message).toContain('missing-id');
    }
  });

  it('refuses requests without the bearer token', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    await refused(h, () => h.request('GET', '/api/documents', { token: null }), 401, 'unauthorized');
    await refused(h, () => h.request('DELETE', `/api/documents/${speech.id}`, { token: 'wrong' }), 401, 'unauthorized');
    await refused(h, () => h.request('POST', '/api/documents', { token: 'wrong', body: {} }), 401, 'unauthorized');
    await refused(h, () => h.request('GET', '/api/nothing-here', { token: null }), 401, 'unauthorized');
  });

  it('refuses malformed JSON, invalid bodies and queries with the path of the problem', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    await refused(h, () => h.request('POST', '/api/documents', { rawBody: '{"title": ' }), 400, 'bad_request');
    await refused(h, () => h.request('PATCH', `/api/documents/${speech.id}`, { rawBody: 'not json' }), 400, 'bad_request');
    const empty = await refused(h, () => h.request('PATCH', `/api/documents/${speech.id}`, { body: { title: '   ' } }), 400, 'bad_request');
    expect(empty.path).toBe('body.title');
    const long = await refused(h, () => h.request('POST', '/api/documents', { body: { title: 'x'.repeat(MAX_TITLE_LENGTH + 1) } }), 400, 'bad_request');
    expect(long.path).toBe('body.title');
    const style = await refused(h, () => h.request('POST', '/api/documents', { body: { numberingStyle: 'roman' } }), 400, 'bad_request');
    expect(style.path).toBe('body.numberingStyle');
    const extra = await refused(h, () => h.request('POST', '/api/documents', { body: { title: 'a', owner: 'me' } }), 400, 'bad_request');
    expect(extra.path).toBe('body');
    const missing = await refused(h, () => h.request('PATCH', `/api/documents/${speech.id}`), 400, 'bad_request');
    expect(missing.path).toBe('body');
    const trash = await refused(h, () => h.request('GET', '/api/documents?trash=maybe'), 400, 'bad_request');
    expect(trash.path).toBe('query.trash');
    await refused(h, () => h.request('POST', '/api/documents', { rawBody: 'title=x', contentType: 'text/plain' }), 415, 'bad_request');
  });

  it('refuses a body over the limit with 413', async () => {
    const h = await host();
    const title = 'x'.repeat(MAX_JSON_BODY_BYTES);
    const error = await refused(h, () => h.request('POST', '/api/documents', { body: { title } }), 413, 'payload_too_large');
    expect(error.message).toContain(String(MAX_JSON_BODY_BYTES));
  });

  it('answers an unknown /api route with a 404 body', async () => {
    const h = await host();
    const error = await refused(h, () => h.request('GET', '/api/nothing-here'), 404, 'not_found');
    expect(error.message).toContain('/api/nothing-here');
    await refused(h, () => h.request('PUT', '/api/documents'), 404, 'not_found');
  });
});

describe('renderer files', () => {
  it('serves the renderer with a strict policy and falls back to index.html', async () => {
    const scratch = scratchDir();
    const staticDir = join(scratch, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>讲稿台</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    const h = await host({ staticDir });
    for (const path of ['/', '/speech/abc']) {
      const page = await fetch(`${h.url}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('讲稿台');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const script = await fetch(`${h.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await h.request('GET', '/api/nothing-here')).status).toBe(404);
  });

  it('serves the service worker as a script under the same strict policy, never from a stale cache', async () => {
    const scratch = scratchDir();
    const staticDir = join(scratch, 'renderer');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>讲稿台</title>');
    writeFileSync(join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    const h = await host({ staticDir });
    const worker = await fetch(`${h.url}${SERVICE_WORKER_PATH}`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('service-worker-allowed')).toBeNull();
  });

  it('keeps the API working and explains a missing renderer with 503', async () => {
    const h = await host();
    const page = await fetch(`${h.url}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toBe(RENDERER_MISSING_MESSAGE);
    expect((await h.request('GET', '/api/documents')).status).toBe(200);
  });
});
