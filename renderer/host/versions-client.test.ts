import { describe, expect, it } from 'vitest';
import type { VersionSummary } from '../../common/versions';
import { ApiRequestError } from './api-error';
import { createVersionsClient } from './versions-client';

const connection = { origin: 'http://127.0.0.1:4870', token: 'secret' };

const summary: VersionSummary = { id: 'v1', documentId: 'd 1', name: '定稿 2025年10月9日', kind: 'frozen', createdBy: 'admin', createdAt: '2025-10-09T08:00:00.000Z', characters: 1200, unresolved: 2 };

/** A fetch that answers from a table and records what it was asked. */
function fakeFetch(answer: (url: URL, init: RequestInit) => Response) {
  const calls: Array<{ url: string; method: string; body: unknown; auth: string | null }> = [];
  const fetchImpl = (async (input: URL, init: RequestInit) => {
    calls.push({ url: input.toString(), method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined, auth: new Headers(init.headers).get('Authorization') });
    return answer(input, init);
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('versions client', () => {
  it('freezes, saves, lists and reads versions on the contract\'s routes with the token', async () => {
    const { fetchImpl, calls } = fakeFetch((url) => {
      if (url.pathname.endsWith('/versions/v1')) return json(200, { ...summary, doc: { type: 'doc', content: [] }, snapshot: null });
      if (url.pathname.endsWith('/restore')) return json(201, { before: null, restored: summary });
      if (url.pathname.endsWith('/history')) return json(200, { state: 'AAA=', snapshot: 'AAA=', authors: [{ name: '王', color: '#1f6feb', clientIds: [7], deletions: null }] });
      if (url.pathname.endsWith('/versions') && calls.at(-1)?.method === 'GET') return json(200, { versions: [summary] });
      return json(201, summary);
    });
    const client = createVersionsClient(connection, fetchImpl);
    expect(await client.freeze('d 1', ' 定稿 2025年10月9日 ')).toEqual(summary);
    await client.save('d 1', '送审稿');
    expect(await client.list('d 1')).toEqual([summary]);
    expect((await client.get('d 1', 'v1')).doc).toEqual({ type: 'doc', content: [] });
    expect(await client.restore('d 1', 'v1', { name: '王', color: '#1f6feb' })).toEqual({ before: null, restored: summary });
    expect((await client.history('d 1')).authors[0]?.clientIds).toEqual([7]);
    expect(calls.map(({ method, url, body }) => [method, url, body])).toEqual([
      ['POST', 'http://127.0.0.1:4870/api/documents/d%201/freeze', { name: '定稿 2025年10月9日' }],
      ['POST', 'http://127.0.0.1:4870/api/documents/d%201/versions', { name: '送审稿' }],
      ['GET', 'http://127.0.0.1:4870/api/documents/d%201/versions', undefined],
      ['GET', 'http://127.0.0.1:4870/api/documents/d%201/versions/v1', undefined],
      ['POST', 'http://127.0.0.1:4870/api/documents/d%201/versions/v1/restore', { author: { name: '王', color: '#1f6feb' } }],
      ['GET', 'http://127.0.0.1:4870/api/documents/d%201/history', undefined],
    ]);
    expect(calls.every((call) => call.auth === 'Bearer secret')).toBe(true);
  });

  it('refuses an empty name without asking, and turns the host\'s errors into ApiRequestErrors', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(404, { error: { code: 'not_found', message: 'document d 1 not found' } }));
    const client = createVersionsClient(connection, fetchImpl);
    await expect(client.freeze('d 1', '  ')).rejects.toMatchObject({ code: 'bad_request', path: 'body.name' });
    expect(calls).toHaveLength(0);
    const failure = await client.list('d 1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('says so when the host answers something that is no version', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>', { status: 200 }));
    await expect(createVersionsClient(connection, fetchImpl).list('d 1')).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
