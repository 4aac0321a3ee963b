import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import Database from 'better-sqlite3';
import { fromBase64 } from 'lib0/buffer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiErrorSchema, apiRoutes } from '../../common/api';
import { authorKey, permanentUserDataOf } from '../../common/version-authors';
import {
  AUTO_VERSION_INTERVAL_MS,
  historyResponseSchema,
  restoreVersionResponseSchema,
  versionListResponseSchema,
  versionRoutes,
  versionSchema,
  versionSummarySchema,
  type AuthorIdentity,
  type HistoryResponse,
  type VersionSummary,
} from '../../common/versions';
import { COMPACTION_THRESHOLD } from '../collab/compaction';
import { DATABASE_FILE } from '../db/database';
import { json } from '../testing/responses';
import { allAcknowledged, bodyText, readBody, useTestHosts, type TestHost } from '../testing/test-host';

const WANG: AuthorIdentity = { name: '王秘书', color: '#1f6feb' };
const LI: AuthorIdentity = { name: '李处长', color: '#d9480f' };
const ZHAO: AuthorIdentity = { name: '赵主任', color: '#15803d' };

const host = useTestHosts();

/** A client that has announced who it is, as the editor does through awareness. */
async function open(h: TestHost, id: string, user: AuthorIdentity): Promise<HocuspocusProvider> {
  const provider = await h.connect(id);
  provider.setAwarenessField('user', user);
  return provider;
}

async function edit(provider: HocuspocusProvider, change: (text: Y.XmlText) => void): Promise<void> {
  change(bodyText(provider.document));
  await allAcknowledged(provider);
}

const versionsOf = async (h: TestHost, id: string): Promise<VersionSummary[]> => versionListResponseSchema.parse(await json(await h.request('GET', versionRoutes.versions(id)))).versions;
const named = async (h: TestHost, id: string, name: string) => versionSummarySchema.parse(await json(await h.request('POST', versionRoutes.versions(id), { body: { name } }), 201));
const history = async (h: TestHost, id: string): Promise<HistoryResponse> => historyResponseSchema.parse(await json(await h.request('GET', versionRoutes.history(id))));
const snapshotOf = async (h: TestHost, id: string, versionId: string): Promise<Y.Snapshot> => {
  const version = versionSchema.parse(await json(await h.request('GET', versionRoutes.version(id, versionId))));
  if (version.snapshot === null) throw new Error('version without a snapshot');
  return Y.decodeSnapshot(fromBase64(version.snapshot));
};

/** The host's document with its history, as compare loads it. */
function historyDoc(response: HistoryResponse): Y.Doc {
  const ydoc = new Y.Doc({ gc: false });
  Y.applyUpdate(ydoc, fromBase64(response.state));
  return ydoc;
}

/** The body text the speech had at a snapshot, read back from the history. */
const bodyAt = (history: Y.Doc, snapshot: Y.Snapshot): string => readBody(Y.createDocFromSnapshot(history, snapshot));

describe('automatic versions', () => {
  it('makes at most one an hour while the speech is being edited, by the editing user', async () => {
    let now = Date.now();
    const h = await host({ clock: () => now });
    const speech = await h.createSpeech('讲话');
    // The hour counts from the speech's creation until it has an automatic version.
    now = Date.parse(speech.createdAt);
    const writer = await open(h, speech.id, WANG);
    const autos = async () => (await versionsOf(h, speech.id)).filter((version) => version.kind === 'auto');

    await edit(writer, (text) => text.insert(0, '一'));
    now += AUTO_VERSION_INTERVAL_MS - 60_000;
    await edit(writer, (text) => text.insert(1, '二'));
    expect(await autos()).toEqual([]);

    now += 60_000;
    await edit(writer, (text) => text.insert(2, '三'));
    const [first] = await autos();
    expect(first).toMatchObject({ kind: 'auto', name: '自动保存', createdBy: WANG.name, createdAt: new Date(now).toISOString() });
    await edit(writer, (text) => text.insert(3, '四'));
    now += AUTO_VERSION_INTERVAL_MS - 1;
    await edit(writer, (text) => text.insert(4, '五'));
    expect(await autos()).toHaveLength(1);

    // Time passing without edits makes none; the next edit after the hour does.
    now += 10 * AUTO_VERSION_INTERVAL_MS;
    expect(await autos()).toHaveLength(1);
    await edit(writer, (text) => text.insert(5, '六'));
    const listed = await autos();
    expect(listed).toHaveLength(2);
    const history_ = historyDoc(await history(h, speech.id));
    expect(bodyAt(history_, await snapshotOf(h, speech.id, (listed[0] as VersionSummary).id))).toBe('一二三四五六');
    expect(bodyAt(history_, await snapshotOf(h, speech.id, first!.id))).toBe('一二三');
    expect(h.errors).toEqual([]);
  });
});

describe('history', () => {
  it('keeps deleted text through compaction and a restart, so an old version still renders from it', async () => {
    const first = await host();
    const { dataDir } = first;
    const speech = await first.createSpeech('讲话');
    const writer = await open(first, speech.id, WANG);
    await edit(writer, (text) => text.insert(0, '原有的一句话。保留的话。'));
    const before = await named(first, speech.id, '送审稿');
    await edit(writer, (text) => text.delete(0, '原有的一句话。'.length));
    // Enough small edits to compact while the speech is open, then the shutdown compacts again.
    for (let i = 0; i < COMPACTION_THRESHOLD; i += 1) await edit(writer, (text) => text.insert(text.length, '。'));
    await edit(writer, (text) => text.delete(text.length - COMPACTION_THRESHOLD, COMPACTION_THRESHOLD));
    writer.destroy();
    await first.close();

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const stored = db.prepare('SELECT (SELECT count(*) FROM doc_updates) AS updates, data FROM doc_snapshots WHERE doc_id = ?').get(speech.id) as { updates: number; data: Buffer };
    db.close();
    expect(stored.updates).toBe(0);
    expect(stored.data.includes(Buffer.from('原有的一句话。'))).toBe(true);

    const second = await host({ dataDir });
    const response = await history(second, speech.id);
    const historyOf = historyDoc(response);
    expect(readBody(historyOf)).toBe('保留的话。');
    expect(response.authors.map(({ name, clientIds }) => [name, clientIds])).toEqual([[WANG.name, [writer.document.clientID]]]);
    expect(bodyAt(historyOf, await snapshotOf(second, speech.id, before.id))).toBe('原有的一句话。保留的话。');
    // A version's own state holds its text only: the history is kept once, in the speech.
    expect(second.errors).toEqual([]);
  });

  it('knows who inserted and who deleted each character, by the client IDs in the host\'s document', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const wang = await open(h, speech.id, WANG);
    await edit(wang, (text) => text.insert(0, '删掉的短语。留下的话。'));
    const li = await open(h, speech.id, LI);
    await edit(li, (text) => {
      text.delete(0, '删掉的短语。'.length);
      text.insert(text.length, '新加的短语。');
    });

    const response = await history(h, speech.id);
    expect(response.authors.map(({ name, color }) => ({ name, color }))).toEqual([WANG, LI]);
    const pud = permanentUserDataOf(response.authors);
    const ydoc = historyDoc(response);
    const runs: string[] = [];
    // Every character of the body with who inserted it and who (if anyone) deleted it.
    let item = (bodyText(ydoc) as unknown as { _start: Y.Item | null })._start;
    for (; item; item = item.right) {
      const text = (item.content as Y.ContentString).str;
      const insertedBy = pud.getUserByClientId(item.id.client);
      const deletedBy = item.deleted ? pud.getUserByDeletedId(item.id) : null;
      runs.push(`${text}:${insertedBy === authorKey(WANG) ? '王' : insertedBy === authorKey(LI) ? '李' : '?'}${deletedBy === null ? '' : deletedBy === authorKey(LI) ? '-李' : '-?'}`);
    }
    expect(runs).toEqual(['删掉的短语。:王-李', '留下的话。:王', '新加的短语。:李']);
    expect(h.errors).toEqual([]);
  });

  it('attributes an edit sent before its sender said who it is once it does', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const anonymous = await h.connect(speech.id);
    await edit(anonymous, (text) => text.insert(0, '先写的。'));
    expect((await history(h, speech.id)).authors).toEqual([]);

    // The host relays an awareness change to every connection in the same turn as it records the author.
    const observer = await h.connect(speech.id);
    const announced = new Promise<void>((resolve) => {
      observer.awareness?.on('change', () => {
        if ((observer.awareness?.getStates().get(anonymous.document.clientID) as { user?: unknown } | undefined)?.user) resolve();
      });
    });
    anonymous.setAwarenessField('user', LI);
    await announced;
    expect((await history(h, speech.id)).authors).toEqual([{ ...LI, clientIds: [anonymous.document.clientID], deletions: null }]);
  });
});

describe('restore', () => {
  it('brings the old text back as a new change, recorded before and after, and a restore of 恢复前 undoes it', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const wang = await open(h, speech.id, WANG);
    await edit(wang, (text) => text.insert(0, '第一稿的话。'));
    const draft = await named(h, speech.id, '送审稿');
    await edit(wang, (text) => {
      text.delete(0, text.length);
      text.insert(0, '改过的话。');
    });

    const restore = async (versionId: string) =>
      restoreVersionResponseSchema.parse(await json(await h.request('POST', versionRoutes.restore(speech.id, versionId), { body: { author: ZHAO } }), 201));
    const { before, restored } = await restore(draft.id);
    expect(before).toMatchObject({ name: '恢复前', kind: 'named', createdBy: ZHAO.name });
    expect(restored).toMatchObject({ name: '恢复自 送审稿', kind: 'named', createdBy: ZHAO.name });
    expect(readBody(wang.document)).toBe('第一稿的话。');
    expect((await versionsOf(h, speech.id)).map((version) => version.name)).toEqual(['恢复自 送审稿', '恢复前', '送审稿']);

    // Nothing was destroyed: the intermediate text still renders, and the restore is Zhao's change.
    const response = await history(h, speech.id);
    const historyOf = historyDoc(response);
    expect(bodyAt(historyOf, await snapshotOf(h, speech.id, before!.id))).toBe('改过的话。');
    expect(bodyAt(historyOf, await snapshotOf(h, speech.id, restored.id))).toBe('第一稿的话。');
    expect(response.authors.find((author) => author.name === ZHAO.name)?.deletions).not.toBeNull();

    // Undo: restoring the version made before brings the intermediate text back, again as a change.
    const undone = await restore(before!.id);
    expect(undone.before).toBeNull();
    expect(readBody(wang.document)).toBe('改过的话。');
    expect((await versionsOf(h, speech.id)).map((version) => version.name)).toEqual(['恢复自 恢复前', '恢复自 送审稿', '恢复前', '送审稿']);
    expect(h.errors).toEqual([]);
  });

  it('refuses a bad author with 400, unknown ids with 404 and a speech in the trash with 409, changing nothing', async () => {
    const h = await host();
    const speech = await h.createSpeech('讲话');
    const draft = await named(h, speech.id, '送审稿');
    const refused = async (response: Response, status: number) => {
      expect(response.status).toBe(status);
      return apiErrorSchema.parse(await response.json()).error;
    };
    expect((await refused(await h.request('POST', versionRoutes.restore(speech.id, draft.id), { body: { author: { name: '王', color: 'blue' } } }), 400)).path).toBe('body.author.color');
    expect((await refused(await h.request('POST', versionRoutes.restore(speech.id, 'v-none'), { body: { author: WANG } }), 404)).message).toContain('v-none');
    await refused(await h.request('GET', versionRoutes.history('nope')), 404);
    await json(await h.request('DELETE', apiRoutes.document(speech.id)));
    await refused(await h.request('POST', versionRoutes.restore(speech.id, draft.id), { body: { author: WANG } }), 409);
    expect((await versionsOf(h, speech.id)).map((version) => version.id)).toEqual([draft.id]);
  });
});
