import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, type DocumentSummary } from '../../common/api';
import { createApiClient } from './api-client';
import { ApiRequestError } from './api-error';
import { sampleCatalog } from '../testing/template-fixture';

const summary: DocumentSummary = {
  id: 'd1',
  title: '在全区领导干部会议上的讲话',
  numberingStyle: 'speech',
  characters: 1234,
  createdAt: '2025-10-01T08:00:00.000Z',
  updatedAt: '2025-10-02T08:00:00.000Z',
  deletedAt: null,
};

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

function fakeFetch(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: init?.headers as Record<string, string>,
      body: (init?.body as string | null) ?? null,
    };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetchImpl: fetchImpl as typeof fetch };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const connection = { origin: 'http://127.0.0.1:4870', token: 'dev' };

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('createApiClient', () => {
  it('lists documents with the bearer token and the query', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json({ documents: [summary] }));
    const client = createApiClient(connection, fetchImpl);
    await expect(client.listDocuments({ q: '讲话', trash: true })).resolves.toEqual([summary]);
    expect(calls[0]?.url).toBe('http://127.0.0.1:4870/api/documents?q=%E8%AE%B2%E8%AF%9D&trash=true');
    expect(calls[0]?.headers.Authorization).toBe('Bearer dev');
  });

  it('omits an empty query', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json({ documents: [] }));
    await createApiClient(connection, fetchImpl).listDocuments({ q: '' });
    expect(calls[0]?.url).toBe('http://127.0.0.1:4870/api/documents');
  });

  it('sends JSON bodies for create and rename', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(summary, 201));
    const client = createApiClient(connection, fetchImpl);
    await client.createDocument({ title: '新稿' });
    await client.renameDocument('d/1', '  改名  ');
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      ['POST', 'http://127.0.0.1:4870/api/documents', '{"title":"新稿"}'],
      ['PATCH', 'http://127.0.0.1:4870/api/documents/d%2F1', '{"title":"改名"}'],
    ]);
    expect(calls[0]?.headers['Content-Type']).toBe('application/json');
  });

  it('uses the contract routes for duplicate, trash, restore and delete for good', async () => {
    const { calls, fetchImpl } = fakeFetch((call) => (call.url.includes('/api/trash/') ? new Response(null, { status: 204 }) : json(summary)));
    const client = createApiClient(connection, fetchImpl);
    await client.duplicateDocument('d1');
    await client.trashDocument('d1');
    await client.restoreDocument('d1');
    await expect(client.deleteForGood('d1')).resolves.toBeUndefined();
    expect(calls.map((call) => `${call.method} ${new URL(call.url).pathname}`)).toEqual([
      'POST /api/documents/d1/duplicate',
      'DELETE /api/documents/d1',
      'POST /api/documents/d1/restore',
      'DELETE /api/trash/d1',
    ]);
  });

  it('surfaces the host error body as a typed error', async () => {
    const { fetchImpl } = fakeFetch(() => json({ error: { code: 'not_found', message: 'document d9 not found' } }, 404));
    const error = await failure(createApiClient(connection, fetchImpl).getDocument('d9'));
    expect(error).toMatchObject({ code: 'not_found', message: 'document d9 not found', status: 404 });
  });

  it('keeps the path of a validation error', async () => {
    const { fetchImpl } = fakeFetch(() => json({ error: { code: 'bad_request', message: 'title too long', path: 'body.title' } }, 400));
    const error = await failure(createApiClient(connection, fetchImpl).createDocument({}));
    expect(error).toMatchObject({ code: 'bad_request', path: 'body.title' });
  });

  it('rejects an invalid title before sending it', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(summary));
    const client = createApiClient(connection, fetchImpl);
    expect(await failure(client.renameDocument('d1', '   '))).toMatchObject({ code: 'bad_request', path: 'body.title' });
    expect(await failure(client.renameDocument('d1', 'x'.repeat(MAX_TITLE_LENGTH + 1)))).toMatchObject({ code: 'bad_request' });
    expect(calls).toHaveLength(0);
  });

  it('reports a non-JSON error page as an invalid response', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await failure(createApiClient(connection, fetchImpl).session())).toMatchObject({ code: 'invalid_response', status: 502 });
  });

  it('reports a response that breaks the contract', async () => {
    const { fetchImpl } = fakeFetch(() => json({ documents: [{ id: 1 }] }));
    expect(await failure(createApiClient(connection, fetchImpl).listDocuments())).toMatchObject({ code: 'invalid_response' });
  });

  it('reports an unreachable host as a network error', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await failure(createApiClient(connection, fetchImpl).session())).toMatchObject({ code: 'network', message: 'Failed to fetch', status: 0 });
  });

  it('lets an aborted request reject as an abort, not as an API error', async () => {
    const fetchImpl = (async () => {
      throw new DOMException('aborted', 'AbortError');
    }) as typeof fetch;
    await expect(createApiClient(connection, fetchImpl).listDocuments()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads the template catalog, saves a template and creates from a skeleton with the contract routes', async () => {
    const catalog = sampleCatalog();
    const saved = catalog.sections[0];
    const { calls, fetchImpl } = fakeFetch((call) => (call.url.endsWith('/api/templates') ? json(call.method === 'GET' ? catalog : saved, call.method === 'GET' ? 200 : 201) : json(summary, 201)));
    const client = createApiClient(connection, fetchImpl);
    expect((await client.templates()).problems).toEqual(catalog.problems);
    await client.saveTemplate({ name: ' 我的开场 ', kind: 'opening', content: saved?.content ?? [] });
    await client.createFromSkeleton({ skeletonId: 'quarter-meeting', variables: { meeting: '全区领导干部会议' }, numberingStyle: 'official' });
    expect(calls.map((call) => [call.method, call.url])).toEqual([
      ['GET', 'http://127.0.0.1:4870/api/templates'],
      ['POST', 'http://127.0.0.1:4870/api/templates'],
      ['POST', 'http://127.0.0.1:4870/api/documents/from-skeleton'],
    ]);
    expect(JSON.parse(calls[1]?.body ?? '')).toMatchObject({ name: '我的开场', kind: 'opening' });
    expect(JSON.parse(calls[2]?.body ?? '')).toEqual({ skeletonId: 'quarter-meeting', variables: { meeting: '全区领导干部会议' }, numberingStyle: 'official' });
  });

  it('rejects a template without blocks before sending it', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json({}));
    expect(await failure(createApiClient(connection, fetchImpl).saveTemplate({ name: '空', kind: 'opening', content: [] }))).toMatchObject({ code: 'bad_request', path: 'body.content' });
    expect(calls).toEqual([]);
  });

  it('posts an imported file as raw bytes with its name in the query', async () => {
    const result = { id: 'd9', title: '讲话', numberingStyle: 'speech', headings: [{ level: 1, number: '一、', text: '攻坚' }], placeholders: [], characters: 4 };
    const { calls, fetchImpl } = fakeFetch(() => json(result, 201));
    const bytes = new TextEncoder().encode('一、攻坚');
    expect(await createApiClient(connection, fetchImpl).importFile('讲话 稿.txt', bytes)).toEqual(result);
    expect(calls[0]?.url).toBe('http://127.0.0.1:4870/api/import?filename=%E8%AE%B2%E8%AF%9D%20%E7%A8%BF.txt');
    expect(calls[0]?.headers['Content-Type']).toBe('application/octet-stream');
    expect([...(calls[0]?.body as unknown as Uint8Array)]).toEqual([...bytes]);
  });

  it('shows the host\'s message when an import is refused', async () => {
    const { fetchImpl } = fakeFetch(() => json({ error: { code: 'bad_request', message: 'notes.pdf: only .txt and .docx can be imported' } }, 400));
    expect(await failure(createApiClient(connection, fetchImpl).importFile('notes.pdf', new Uint8Array(3)))).toMatchObject({ code: 'bad_request', message: 'notes.pdf: only .txt and .docx can be imported' });
  });
});
