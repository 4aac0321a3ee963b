import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { commentsDocumentName } from '../../common/collab';
import type { DocumentSummary } from '../../common/api';
import { localCopyName } from '../editor/collab/local-copy';
import { speechOfLocalCopy } from '../editor/collab/local-copy-removal';
import { collabUrl, type HostConnection } from '../host/host-connection';
import { createFakeApi } from '../testing/fake-api';
import { knownSummary, rememberSummary } from '../speech/known-summaries';
import { forgetDeletedSpeeches, forgetSpeeches } from './forget-deleted-speeches';

let hosts = 4870;
/** A host of its own per test: fake-indexeddb keeps databases for the whole file. */
const nextHost = (): HostConnection => ({ origin: `http://127.0.0.1:${(hosts += 1)}`, token: 'secret' });

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** A local copy as a connection leaves it: a y-indexeddb database holding a little content. */
async function keepLocally(name: string): Promise<void> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  doc.getText('t').insert(0, '讲话');
  await persistence.destroy();
  doc.destroy();
}

/** The speeches (text and comments) of `host` that have a local copy here. */
async function copiesOf(host: HostConnection): Promise<string[]> {
  const names = (await indexedDB.databases()).map((database) => database.name ?? '');
  return names.filter((name) => speechOfLocalCopy(collabUrl(host), name) !== null).map((name) => decodeURIComponent(name.split('/').pop() ?? '')).sort();
}

async function keepSpeeches(host: HostConnection, ids: string[]): Promise<void> {
  for (const id of ids) {
    await keepLocally(localCopyName(collabUrl(host), id));
    await keepLocally(localCopyName(collabUrl(host), commentsDocumentName(id)));
  }
}

const summary = (id: string): DocumentSummary => ({ id, title: id, numberingStyle: 'speech', characters: 0, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z', deletedAt: null });

describe('forgetting speeches deleted for good', () => {
  it("removes the local copies and records of speeches the host has in neither its library nor its trash, and only this host's", async () => {
    const host = nextHost();
    const other = nextHost();
    const storage = memoryStorage();
    await keepSpeeches(host, ['live', 'trashed', 'purged']);
    await keepSpeeches(other, ['purged']);
    for (const id of ['live', 'purged']) rememberSummary(storage, host.origin, summary(id));
    rememberSummary(storage, other.origin, summary('purged'));
    const { api } = createFakeApi([{ id: 'live' }, { id: 'trashed', deletedAt: '2026-11-02T08:00:00.000Z' }]);

    await forgetDeletedSpeeches(api, host, { indexedDB, localStorage: storage });

    expect(await copiesOf(host)).toEqual(['live', 'live/comments', 'trashed', 'trashed/comments']);
    expect(await copiesOf(other)).toEqual(['purged', 'purged/comments']);
    expect(knownSummary(storage, host.origin, 'purged')).toBeNull();
    expect(knownSummary(storage, host.origin, 'live')?.id).toBe('live');
    expect(knownSummary(storage, other.origin, 'purged')?.id).toBe('purged');
  });

  it('removes nothing when the host cannot be asked', async () => {
    const host = nextHost();
    await keepSpeeches(host, ['kept']);
    const { api } = createFakeApi();
    api.listDocuments = () => Promise.reject(new Error('offline'));
    await expect(forgetDeletedSpeeches(api, host, { indexedDB, localStorage: memoryStorage() })).rejects.toThrow('offline');
    expect(await copiesOf(host)).toEqual(['kept', 'kept/comments']);
  });

  it('removes one speech at once (from the trash view)', async () => {
    const host = nextHost();
    await keepSpeeches(host, ['a', 'b']);
    await forgetSpeeches(host, (id) => id === 'a', { indexedDB, localStorage: memoryStorage() });
    expect(await copiesOf(host)).toEqual(['b', 'b/comments']);
  });

  it('leaves databases that are not local copies alone', () => {
    const url = collabUrl(nextHost());
    expect(speechOfLocalCopy(url, 'speechdesk-indicator-projections')).toBeNull();
    expect(speechOfLocalCopy(url, `${localCopyName(url, 'x').slice(0, -1)}%E0%A4%A`)).toBeNull();
    expect(speechOfLocalCopy(url, localCopyName(url, commentsDocumentName('x')))).toBe('x');
  });
});
