import { HocuspocusProvider } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import {
  INDICATORS_DOCUMENT,
  INDICATORS_MAP,
  indicatorRoutes,
  MAX_INDICATOR_FILE_BYTES,
  type ImportPreview,
  type Indicator,
  type IndicatorListResponse,
  type ProjectedIndicator,
} from '../../common/indicators';
import { json, refused } from '../testing/responses';
import { allAcknowledged, readStoredRows, TEST_TOKEN, untilDoc, useTestHosts, type TestHost } from '../testing/test-host';
import { CANONICAL_HEADER, csvFile, readXlsxRows } from './indicator-test-files';

const host = useTestHosts();

const createIndicator = async (h: TestHost, body: Record<string, unknown>) =>
  json<Indicator>(await h.request('POST', indicatorRoutes.indicators(), { body }), 201);

const putFigure = (h: TestHost, id: string, period: string, body: Record<string, unknown>) => h.request('PUT', indicatorRoutes.observation(id, period), { body });

const sendFile = (h: TestHost, path: string, bytes: Uint8Array, contentType = 'application/octet-stream') =>
  fetch(`${h.url}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': contentType }, body: bytes as Uint8Array<ArrayBuffer> });

const listAll = async (h: TestHost) => (await json<IndicatorListResponse>(await h.request('GET', `${indicatorRoutes.indicators()}?observations=all`))).indicators;

/** Hocuspocus's SyncStatus message type: the host's answer to each update, true when it applied it. */
const SYNC_STATUS = 8;

interface ProjectionClient extends HocuspocusProvider {
  /** The host's SyncStatus answers, in order. */
  statuses: boolean[];
  onStatus: Set<() => void>;
}

/** The projection as a client sees it; read-only connections may never report synced, so nothing waits for that. */
function openProjection(h: TestHost): ProjectionClient {
  const configuration = { url: h.collabUrl(), name: INDICATORS_DOCUMENT, token: TEST_TOKEN, WebSocketPolyfill: WebSocket };
  const provider: ProjectionClient = Object.assign(new HocuspocusProvider(configuration), { statuses: [] as boolean[], onStatus: new Set<() => void>() });
  provider.on('message', ({ event }: { event: { data: ArrayBuffer } }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC_STATUS) return;
    provider.statuses.push(decoding.readVarInt(decoder) === 1);
    for (const listener of provider.onStatus) listener();
  });
  h.afterTest(() => provider.destroy());
  return provider;
}

function untilStatuses(provider: ProjectionClient, count: number): Promise<boolean[]> {
  return new Promise((resolve) => {
    const check = () => {
      if (provider.statuses.length < count) return;
      provider.onStatus.delete(check);
      resolve(provider.statuses);
    };
    provider.onStatus.add(check);
    check();
  });
}

const projected = (provider: HocuspocusProvider) => provider.document.getMap<ProjectedIndicator>(INDICATORS_MAP);

/** Adds an indicator placeholder to the speech's body paragraph, as the editor's binding would. */
function addPlaceholder(ydoc: Y.Doc, kind: string, key: string): void {
  const paragraph = ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT).get(3) as Y.XmlElement;
  const element = new Y.XmlElement('placeholder');
  for (const [name, value] of Object.entries({ kind, key, format: '', fallback: 'X%' })) element.setAttribute(name, value);
  paragraph.insert(paragraph.length, [element]);
}

const placeholderKeys = (ydoc: Y.Doc) =>
  (ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT).get(3) as Y.XmlElement)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
    .map((element) => element.getAttribute('key'));

describe('indicator API', () => {
  it('creates, lists with search and category, puts figures with history, and refuses bad input', async () => {
    const h = await host();
    const gdp = await createIndicator(h, { name: '地区生产总值增速', unit: '%', category: '经济运行' });
    const petitions = await createIndicator(h, { name: '信访登记人次', unit: '人次', category: '信访稳定', higherIsBetter: false });
    expect(petitions).toMatchObject({ higherIsBetter: false, description: '' });

    const put = await json<{ period: string; periodLabel: string; changedBy: string }>(await putFigure(h, gdp.id, '2024年前三季度', { value: 5.8, rank: 3, rankOf: 12, target: 6 }));
    expect(put).toMatchObject({ period: '2024-YTD09', periodLabel: '2024年前三季度', changedBy: 'admin' });
    await json(await putFigure(h, gdp.id, '2024-YTD06', { value: 5.5 }));
    await json(await putFigure(h, gdp.id, '2024-YTD09', { value: 5.9, rank: 2, rankOf: 12 }));

    const latest = await json<IndicatorListResponse>(await h.request('GET', `${indicatorRoutes.indicators()}?category=${encodeURIComponent('经济运行')}`));
    expect(latest.indicators).toHaveLength(1);
    expect(latest.indicators[0]?.observations).toMatchObject([{ period: '2024-YTD09', value: 5.9, rank: 2, target: null }]);
    const all = await json<IndicatorListResponse>(await h.request('GET', `${indicatorRoutes.indicators()}?q=${encodeURIComponent('生产')}&observations=all`));
    expect(all.indicators[0]?.observations.map((o) => o.period)).toEqual(['2024-YTD09', '2024-YTD06']);

    const history = await json<{ entries: { old: { value: number } | null; new: { value: number } | null }[] }>(await h.request('GET', indicatorRoutes.history(gdp.id)));
    expect(history.entries.map((entry) => [entry.old?.value ?? null, entry.new?.value ?? null])).toEqual([[5.8, 5.9], [null, 5.5], [null, 5.8]]);

    await refused(await h.request('POST', indicatorRoutes.indicators(), { body: { name: '地区生产总值增速', unit: '%' } }), 409, 'conflict');
    expect(await refused(await h.request('POST', indicatorRoutes.indicators(), { body: { name: '进出口总额', unit: '亿' } }), 400, 'bad_request')).toContain("unit '亿' is unknown");
    expect(await refused(await putFigure(h, gdp.id, '2024年', { value: 5, rank: 13, rankOf: 12 }), 400, 'bad_request')).toContain('body.rank');
    expect(await refused(await putFigure(h, gdp.id, '明年', { value: 5 }), 400, 'bad_request')).toContain('is no period');
    await refused(await putFigure(h, 'missing', '2024年', { value: 5 }), 404, 'not_found');
    await refused(await h.request('GET', indicatorRoutes.indicators(), { token: null }), 401, 'unauthorized');
    expect(await refused(await h.request('DELETE', indicatorRoutes.observation(gdp.id, '2023年')), 404, 'not_found')).toContain('no observation');
  });

  it('updates the projection for a connected client in the request that changes the store', async () => {
    const h = await host();
    const gdp = await createIndicator(h, { name: '地区生产总值增速', unit: '%' });
    await json(await putFigure(h, gdp.id, '2024年上半年', { value: 5.5 }));
    const viewer = openProjection(h);
    await untilDoc(viewer.document, () => projected(viewer).get(gdp.id)?.observations['2024-YTD06']?.value === 5.5);
    expect(projected(viewer).get(gdp.id)).toMatchObject({ name: '地区生产总值增速', unit: '%', observations: { '2024-YTD06': { periodLabel: '2024年上半年' } } });

    await json(await putFigure(h, gdp.id, '2024年前三季度', { value: 5.8, rank: 3, rankOf: 12 }));
    await untilDoc(viewer.document, () => projected(viewer).get(gdp.id)?.observations['2024-YTD09']?.rank === 3);

    const file = csvFile([CANONICAL_HEADER, ['一般公共预算收入', '2024年', '20.5', '亿元']]);
    await json(await sendFile(h, indicatorRoutes.importCommit('预算.csv'), file), 201);
    await untilDoc(viewer.document, () => [...projected(viewer).values()].some((entry) => entry.name === '一般公共预算收入'));

    await json(await h.request('DELETE', indicatorRoutes.indicator(gdp.id)));
    await untilDoc(viewer.document, () => !projected(viewer).has(gdp.id));
    // The projection is never stored as a speech: SQLite holds only the store's own rows.
    expect(readStoredRows(h.dataDir)).toMatchObject({ documents: [], updates: [], snapshots: [] });
    expect(h.errors).toEqual([]);
  });

  it('refuses writes from a client into the projection', async () => {
    const h = await host();
    const gdp = await createIndicator(h, { name: '地区生产总值增速', unit: '%' });
    const writer = openProjection(h);
    await untilDoc(writer.document, () => projected(writer).has(gdp.id));
    // The handshake's SyncStep2 is answered first; the answer to the forged update (one message) must be "not applied".
    await untilStatuses(writer, 1);
    writer.document.transact(() => {
      projected(writer).set('forged', { ...(projected(writer).get(gdp.id) as ProjectedIndicator), id: 'forged', name: '伪造指标' });
      projected(writer).delete(gdp.id);
    });
    expect((await untilStatuses(writer, 2))[1]).toBe(false);
    expect(writer.unsyncedChanges).toBeGreaterThan(0);

    await json(await putFigure(h, gdp.id, '2024年', { value: 6 }));
    const reader = openProjection(h);
    await untilDoc(reader.document, () => projected(reader).get(gdp.id)?.observations['2024']?.value === 6);
    expect([...projected(reader).keys()]).toEqual([gdp.id]);
    expect(h.errors).toEqual([]);
  });

  it('rename rewrites placeholders in stored speeches, open ones live, and returns the count; delete counts them', async () => {
    const h = await host();
    const gdp = await createIndicator(h, { name: '地区生产总值增速', unit: '%' });
    await createIndicator(h, { name: '固定资产投资增速', unit: '%' });
    const open = await h.createSpeech('在全区经济工作会议上的讲话');
    const closed = await h.createSpeech('半年工作会议讲话');
    const trashed = await h.createSpeech('旧讲话');

    const editor = await h.connect(open.id);
    addPlaceholder(editor.document, 'indicator', '地区生产总值增速@上半年');
    addPlaceholder(editor.document, 'indicator', '排名(地区生产总值增速)');
    addPlaceholder(editor.document, 'indicator', '固定资产投资增速');
    addPlaceholder(editor.document, 'variable', 'meeting');
    addPlaceholder(editor.document, 'indicator', '地区生产总值增速（');
    await allAcknowledged(editor);
    for (const [id, key] of [[closed.id, '变化(地区生产总值增速,去年同期,百分点)|1位小数'], [trashed.id, '完成率(地区生产总值增速,年度计划)']] as const) {
      const other = await h.connect(id);
      addPlaceholder(other.document, 'indicator', key.split('|')[0] as string);
      await allAcknowledged(other);
      other.destroy();
    }
    await json(await h.request('DELETE', `/api/documents/${trashed.id}`));

    const renamed = await json<{ indicator: Indicator; placeholdersRewritten: number }>(
      await h.request('PATCH', indicatorRoutes.indicator(gdp.id), { body: { name: '地区生产总值增长率', description: '按可比价格计算' } }),
    );
    expect(renamed).toMatchObject({ placeholdersRewritten: 4, indicator: { name: '地区生产总值增长率', description: '按可比价格计算' } });
    await untilDoc(editor.document, () => placeholderKeys(editor.document)[0] === '地区生产总值增长率@上半年');
    expect(placeholderKeys(editor.document)).toEqual(['地区生产总值增长率@上半年', '排名(地区生产总值增长率)', '固定资产投资增速', 'meeting', '地区生产总值增速（']);

    const reopened = await h.connect(closed.id);
    expect(placeholderKeys(reopened.document)).toEqual(['变化(地区生产总值增长率,去年同期,百分点)']);

    await refused(await h.request('PATCH', indicatorRoutes.indicator(gdp.id), { body: { name: '固定资产投资增速' } }), 409, 'conflict');
    expect(await json(await h.request('DELETE', indicatorRoutes.indicator(gdp.id)))).toEqual({ placeholdersUnresolved: 4 });
    expect(placeholderKeys(editor.document)[0]).toBe('地区生产总值增长率@上半年');
    await refused(await h.request('GET', indicatorRoutes.indicator(gdp.id)), 404, 'not_found');
    expect(h.errors).toEqual([]);
  });

  it('previews and commits an import, refuses a bad file naming the cell, a big one with 413, and exports', async () => {
    const h = await host();
    const good = csvFile([CANONICAL_HEADER, ['地区生产总值增速', '2024年前三季度', '5.8%', '%', '3', '12'], ['签约重点项目数', '2024年', '15', '个']], 'gbk');
    const preview = await json<ImportPreview>(await sendFile(h, indicatorRoutes.importPreview('数据.csv'), good));
    expect(preview).toMatchObject({ file: '数据.csv', errors: [], rows: [{ row: 2, change: 'new' }, { row: 3 }] });
    expect(await listAll(h)).toEqual([]);

    const bad = csvFile([CANONICAL_HEADER, ['进出口总额', '2024年', '12', '亿元'], ['实际利用外资', '2024年', '—', '亿美元']]);
    const badPreview = await json<ImportPreview>(await sendFile(h, indicatorRoutes.importPreview('数据.csv'), bad));
    expect(badPreview.errors).toEqual([{ row: 3, column: 'C', field: 'value', message: expect.stringContaining("'—' is no number") }]);
    expect(await refused(await sendFile(h, indicatorRoutes.importCommit('数据.csv'), bad), 400, 'bad_request')).toContain('row 3, column C (数值)');
    expect(await listAll(h)).toEqual([]);

    const mapped = csvFile([['名称', '时间', '值', '计量单位'], ['进出口总额', '2024年', '12', '亿元']]);
    const mapping = { 名称: 'indicator', 时间: 'period', 值: 'value', 计量单位: 'unit' } as const;
    expect(await json(await sendFile(h, indicatorRoutes.importCommit('外贸.csv', mapping), mapped), 201)).toMatchObject({ indicatorsCreated: 1 });
    expect(await json(await sendFile(h, indicatorRoutes.importCommit('数据.csv'), good, 'text/csv'), 201)).toEqual({
      file: '数据.csv', indicatorsCreated: 2, observationsCreated: 2, observationsChanged: 0, observationsUnchanged: 0,
    });

    await refused(await sendFile(h, indicatorRoutes.importCommit('数据.xls'), good), 400, 'bad_request');
    await refused(await sendFile(h, `${indicatorRoutes.importCommit('数据.csv')}&mapping=%7B`, good), 400, 'bad_request');
    await refused(await sendFile(h, indicatorRoutes.importCommit('数据.csv', { 名称: 'nothing' } as never), good), 400, 'bad_request');
    expect(await refused(await sendFile(h, indicatorRoutes.importCommit('big.csv'), new Uint8Array(MAX_INDICATOR_FILE_BYTES + 1)), 413, 'payload_too_large')).toContain(String(MAX_INDICATOR_FILE_BYTES));
    expect((await listAll(h)).map((indicator) => indicator.name).sort()).toEqual(['地区生产总值增速', '签约重点项目数', '进出口总额'].sort());

    const csv = await h.request('GET', indicatorRoutes.export('csv'));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const csvBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csvBytes).split('\r\n');
    expect(lines[0]).toBe(CANONICAL_HEADER.join(','));
    expect(lines).toContain('地区生产总值增速,2024年前三季度,5.8,%,3,12,,,');

    const xlsx = await h.request('GET', indicatorRoutes.export('xlsx'));
    const xlsxBytes = new Uint8Array(await xlsx.arrayBuffer());
    expect((await readXlsxRows(xlsxBytes))[0]).toEqual(CANONICAL_HEADER);
    const again = await json<ImportPreview>(await sendFile(h, indicatorRoutes.importPreview('指标.xlsx'), xlsxBytes));
    expect(again.errors).toEqual([]);
    expect(again.rows.map((row) => row.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    await refused(await h.request('GET', `${indicatorRoutes.indicators()}/export?format=pdf`), 400, 'bad_request');
  });
});
