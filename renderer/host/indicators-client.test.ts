import { describe, expect, it } from 'vitest';
import type { ImportPreview, Observation } from '../../common/indicators';
import { ApiRequestError } from './api-error';
import { createIndicatorsClient } from './indicators-client';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = { url: String(input), method: init?.method ?? 'GET', headers: init?.headers as Record<string, string>, body: init?.body ?? null };
    calls.push(call);
    return respond(call);
  };
  return { calls, client: createIndicatorsClient({ origin: 'http://127.0.0.1:4870', token: 'dev' }, fetchImpl as typeof fetch) };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const observation: Observation = {
  indicatorId: 'i1',
  period: '2025-YTD09',
  periodLabel: '2025年前三季度',
  value: 6.3,
  rank: 3,
  rankOf: 12,
  target: 6.5,
  source: '区统计局',
  note: null,
  changedBy: 'admin',
  changedAt: '2025-10-09T08:00:00.000Z',
};
const indicator = { id: 'i1', name: '地区生产总值增速', unit: '%', category: '经济', description: '', higherIsBetter: true };
const preview: ImportPreview = { file: '指标.csv', columns: [{ column: 'A', header: '指标', field: 'indicator' }], rows: [], errors: [{ row: 38, column: 'C', field: 'value', message: "'6.x' is no number" }] };

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('createIndicatorsClient', () => {
  it('lists with the bearer token and parses the list', async () => {
    const { calls, client } = fakeFetch(() => json({ indicators: [{ ...indicator, observations: [observation] }] }));
    await expect(client.list()).resolves.toEqual([{ ...indicator, observations: [observation] }]);
    expect(calls[0]?.url).toBe('http://127.0.0.1:4870/api/indicators');
    expect(calls[0]?.headers.Authorization).toBe('Bearer dev');
  });

  it('puts figures to the observation route as JSON', async () => {
    const { calls, client } = fakeFetch(() => json(observation));
    await client.putObservation('i/1', '2025-YTD09', { value: 6.3, rank: 3, rankOf: 12, target: null, source: ' 区统计局 ', note: null });
    expect(calls[0]?.method).toBe('PUT');
    expect(calls[0]?.url).toBe('http://127.0.0.1:4870/api/indicators/i%2F1/observations/2025-YTD09');
    expect(calls[0]?.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(calls[0]?.body))).toEqual({ value: 6.3, rank: 3, rankOf: 12, target: null, source: '区统计局', note: null });
  });

  it('refuses figures the host would refuse, naming the field, without a request', async () => {
    const { calls, client } = fakeFetch(() => json(observation));
    const error = await failure(client.putObservation('i1', '2025', { value: 1, rank: 13, rankOf: 12 }));
    expect(error.path).toBe('body.rank');
    expect(calls).toHaveLength(0);
  });

  it('returns the rename count and the delete count', async () => {
    const { calls, client } = fakeFetch((call) => (call.method === 'PATCH' ? json({ indicator: { ...indicator, name: 'GDP增速' }, placeholdersRewritten: 4 }) : json({ placeholdersUnresolved: 2 })));
    await expect(client.update('i1', { name: 'GDP增速' })).resolves.toMatchObject({ placeholdersRewritten: 4 });
    await expect(client.remove('i1')).resolves.toEqual({ placeholdersUnresolved: 2 });
    expect(calls.map((call) => call.method)).toEqual(['PATCH', 'DELETE']);
  });

  it('sends import files as raw bytes with the file name and the mapping', async () => {
    const { calls, client } = fakeFetch(() => json(preview));
    const data = new TextEncoder().encode('指标,期间\n');
    await expect(client.previewImport({ name: '指标.csv', data }, { 指标名称: 'indicator', 说明: null })).resolves.toEqual(preview);
    const url = new URL(calls[0]?.url ?? '');
    expect(url.pathname).toBe('/api/indicators/import/preview');
    expect(url.searchParams.get('filename')).toBe('指标.csv');
    expect(JSON.parse(url.searchParams.get('mapping') ?? '')).toEqual({ 指标名称: 'indicator', 说明: null });
    expect(calls[0]?.headers['Content-Type']).toBe('application/octet-stream');
    expect([...(calls[0]?.body as Uint8Array)]).toEqual([...data]);
  });

  it("turns a refused commit into the host's error", async () => {
    const { client } = fakeFetch(() => json({ error: { code: 'bad_request', message: '指标.csv: 1 error(s), nothing imported' } }, 400));
    const error = await failure(client.commitImport({ name: '指标.csv', data: new Uint8Array([1]) }));
    expect(error).toMatchObject({ code: 'bad_request', status: 400, message: '指标.csv: 1 error(s), nothing imported' });
  });

  it('downloads an export as a blob', async () => {
    const { calls, client } = fakeFetch(() => new Response('指标,期间\n', { headers: { 'Content-Type': 'text/csv' } }));
    const blob = await client.exportFile('csv');
    expect(await blob.text()).toBe('指标,期间\n');
    expect(calls[0]?.url).toBe('http://127.0.0.1:4870/api/indicators/export?format=csv');
  });

  it('reports a response of the wrong shape and a failed connection', async () => {
    expect((await failure(fakeFetch(() => json({ nope: true })).client.list())).code).toBe('invalid_response');
    const { client } = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    expect((await failure(client.history('i1'))).code).toBe('network');
  });
});
