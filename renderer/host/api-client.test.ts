import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, type DocumentSummary } from '../../common/api';
import { createApiClient } from './api-client';
import { ApiRequestError } from './api-error';

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
});
