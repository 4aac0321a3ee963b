import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiRoutes, type NodeJson } from '../../common/api';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { indicatorRoutes, type Indicator } from '../../common/indicators';
import { VARIABLES_MAP } from '../../common/variables';
import { versionListResponseSchema, versionRoutes, versionSchema, versionSummarySchema, type VersionSummary } from '../../common/versions';
import { DATABASE_FILE } from '../db/database';
import { json, refused } from '../testing/responses';
import { allAcknowledged, bodyText, readBody, useTestHosts, type TestHost } from '../testing/test-host';

const host = useTestHosts();

const createVersion = async (h: TestHost, id: string, name: string) => versionSummarySchema.strict().parse(await json(await h.request('POST', versionRoutes.versions(id), { body: { name } }), 201));
const freeze = async (h: TestHost, id: string, name: string) => versionSummarySchema.strict().parse(await json(await h.request('POST', versionRoutes.freeze(id), { body: { name } }), 201));
const getVersion = async (h: TestHost, id: string, versionId: string) => versionSchema.strict().parse(await json(await h.request('GET', versionRoutes.version(id, versionId))));


/** Appends placeholders to the body paragraph and sets variables, as the editor would, acknowledged by the host. */
async function write(provider: HocuspocusProvider, text: string, chips: { kind: string; key: string; format?: string; fallback: string }[], variables: Record<string, string> = {}) {
  const ydoc = provider.document;
  ydoc.transact(() => {
    bodyText(ydoc).insert(0, text);
    const paragraph = ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT).get(3) as Y.XmlElement;
    for (const chip of chips) {
      const element = new Y.XmlElement('placeholder');
      for (const [name, value] of Object.entries({ format: '', ...chip })) element.setAttribute(name, value);
      paragraph.insert(paragraph.length, [element]);
    }
    for (const [key, value] of Object.entries(variables)) ydoc.getMap(VARIABLES_MAP).set(key, value);
  });
  await allAcknowledged(provider);
}

async function storeFigures(h: TestHost): Promise<void> {
  const gdp = (await json(await h.request('POST', indicatorRoutes.indicators(), { body: { name: '地区生产总值增速', unit: '%' } }), 201)) as Indicator;
  await json(await h.request('PUT', indicatorRoutes.observation(gdp.id, '2024年前三季度'), { body: { value: 5.8, rank: 3, rankOf: 12, source: '区统计局' } }));
  await json(await h.request('PUT', indicatorRoutes.observation(gdp.id, '2024年上半年'), { body: { value: 6.1 } }));
}

/** The body paragraph of a version's doc: its text runs with their provenance marks' attributes. */
function bodyRuns(doc: NodeJson): { text: string; provenance?: Record<string, unknown> }[] {
  const paragraph = doc.content?.[3] as NodeJson;
  return ((paragraph.content ?? []) as NodeJson[]).map((node) => {
    const mark = (node.marks as { type: string; attrs: Record<string, unknown> }[] | undefined)?.find((candidate) => candidate.type === 'provenance');
    return { text: node.text ?? `<${node.type}>`, ...(mark ? { provenance: mark.attrs } : {}) };
  });
}

function storedYstate(h: TestHost, versionId: string): Uint8Array {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT ystate FROM versions WHERE id = ?').get(versionId) as { ystate: Buffer }).ystate;
  } finally {
    db.close();
  }
}

const FIGURES = [
  { kind: 'indicator', key: '地区生产总值增速', format: '1位小数,%', fallback: 'X%' },
  { kind: 'indicator', key: '排名(地区生产总值增速)', format: '位次', fallback: '第X位' },
  { kind: 'indicator', key: '变化(地区生产总值增速,上半年,百分点)', format: '1位小数', fallback: '提高X个百分点' },
  { kind: 'variable', key: 'region', fallback: 'XX区' },
];

describe('version API', () => {
  it('makes named versions of the live speech, lists them newest first and gets one with its doc and Yjs state', async () => {
    const h = await host();
    const speech = await h.createSpeech('在全区经济工作会议上的讲话');
    const writer = await h.connect(speech.id);
    await write(writer, '地区生产总值增长六个百分点。', []);

    const first = await createVersion(h, speech.id, '  送审稿 ');
    expect(first).toMatchObject({ documentId: speech.id, name: '送审稿', kind: 'named', createdBy: 'admin', unresolved: 0 });
    await write(writer, '同比', []);
    const second = await createVersion(h, speech.id, '修改稿');
    expect(second.characters).toBe(first.characters + 2);

    const listed = versionListResponseSchema.parse(await json(await h.request('GET', versionRoutes.versions(speech.id))));
    expect(listed.versions).toEqual([second, first]);

    const version = await getVersion(h, speech.id, first.id);
    expect({ ...version, doc: undefined, snapshot: undefined }).toEqual({ ...first, doc: undefined, snapshot: undefined });
    expect(version.snapshot).toEqual(expect.any(String));
    expect(bodyRuns(version.doc)).toEqual([{ text: '地区生产总值增长六个百分点。' }]);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, storedYstate(h, first.id));
    expect(readBody(restored)).toBe('地区生产总值增长六个百分点。');
    expect(h.errors).toEqual([]);
  });

  it('freezes figures into text with their provenance, and leaves the live speech as it was', async () => {
    const h = await host();
    await storeFigures(h);
    const speech = await h.createSpeech('讲话');
    const writer = await h.connect(speech.id);
    await write(writer, '增长', FIGURES, { period: '2024年前三季度', region: '高新区' });
    const liveBefore = Y.encodeStateAsUpdate(writer.document);

    const frozen = await freeze(h, speech.id, '定稿');
    expect(frozen).toMatchObject({ kind: 'frozen', name: '定稿', unresolved: 0 });
    const figure = { kind: 'indicator', resolved: true, indicator: '地区生产总值增速', periodLabel: '2024年前三季度', value: 5.8, unit: '%', source: '区统计局', changedAt: expect.any(String) };
    expect(bodyRuns((await getVersion(h, speech.id, frozen.id)).doc)).toEqual([
      { text: '增长' },
      { text: '5.8%', provenance: { ...figure, key: '地区生产总值增速' } },
      { text: '第3位', provenance: { ...figure, key: '排名(地区生产总值增速)' } },
      { text: '回落0.3个百分点', provenance: { ...figure, key: '变化(地区生产总值增速,上半年,百分点)' } },
      { text: '高新区', provenance: { kind: 'variable', resolved: true, key: 'region', indicator: '', periodLabel: '', value: null, unit: '', source: '', changedAt: '' } },
    ]);

    // Nothing reached the writer, and a fresh reader still sees the placeholders.
    expect(Y.encodeStateAsUpdate(writer.document)).toEqual(liveBefore);
    const reader = await h.connect(speech.id);
    const chips = (reader.document.getXmlFragment(PROSEMIRROR_FRAGMENT).get(3) as Y.XmlElement).toArray().filter((node) => node instanceof Y.XmlElement);
    expect(chips).toHaveLength(FIGURES.length);
    const ystate = new Y.Doc();
    Y.applyUpdate(ystate, storedYstate(h, frozen.id));
    expect(Y.encodeStateVector(ystate)).toEqual(Y.encodeStateVector(writer.document));
  });

  it('counts a figure the store lacks as unresolved and keeps its fallback, marked', async () => {
    const h = await host();
    await storeFigures(h);
    const speech = await h.createSpeech('讲话');
    await write(await h.connect(speech.id), '进出口总额', [FIGURES[0] as (typeof FIGURES)[number], { kind: 'indicator', key: '进出口总额', format: '2位小数,亿元', fallback: 'X亿元' }], { period: '2024年前三季度' });

    const frozen = await freeze(h, speech.id, '定稿');
    expect(frozen.unresolved).toBe(1);
    const runs = bodyRuns((await getVersion(h, speech.id, frozen.id)).doc);
    expect(runs.map((run) => run.text)).toEqual(['进出口总额', '5.8%', 'X亿元']);
    expect(runs[2]?.provenance).toMatchObject({ kind: 'indicator', resolved: false, key: '进出口总额', indicator: '', value: null });
  });

  it('refuses unknown ids with 404 naming them, a speech in the trash with 409, and bad names with 400', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const named = await createVersion(h, speech.id, '送审稿');

    expect(await refused(await h.request('GET', versionRoutes.versions('nope')), 404, 'not_found')).toBe('document nope not found');
    expect(await refused(await h.request('POST', versionRoutes.freeze('nope'), { body: { name: '定稿' } }), 404, 'not_found')).toContain('nope');
    expect(await refused(await h.request('GET', versionRoutes.version(speech.id, 'v-none')), 404, 'not_found')).toBe(`version v-none of document ${speech.id} not found`);
    const other = await h.createSpeech('别的讲话');
    await refused(await h.request('GET', versionRoutes.version(other.id, named.id)), 404, 'not_found');
    expect(await refused(await h.request('POST', versionRoutes.versions(speech.id), { body: { name: ' ' } }), 400, 'bad_request')).toContain('body.name');
    await refused(await h.request('POST', versionRoutes.versions(speech.id), { body: { name: '稿', extra: 1 } }), 400, 'bad_request');

    await json(await h.request('DELETE', apiRoutes.document(speech.id)));
    expect(await refused(await h.request('POST', versionRoutes.versions(speech.id), { body: { name: '修改稿' } }), 409, 'conflict')).toBe(`document ${speech.id} is in the trash`);
    await refused(await h.request('POST', versionRoutes.freeze(speech.id), { body: { name: '定稿' } }), 409, 'conflict');
    // Its versions can still be read, and go with it when it is deleted for good.
    expect(versionListResponseSchema.parse(await json(await h.request('GET', versionRoutes.versions(speech.id)))).versions.map((v: VersionSummary) => v.id)).toEqual([named.id]);
    expect((await h.request('DELETE', apiRoutes.trashed(speech.id))).status).toBe(204);
    await refused(await h.request('GET', versionRoutes.version(speech.id, named.id)), 404, 'not_found');
    expect(h.errors).toEqual([]);
  });
});
