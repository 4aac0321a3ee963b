import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Connection } from '@hocuspocus/server';
import type { DocumentSummary } from '../../common/api';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { newSpeechDoc } from '../../common/seed';
import { DATABASE_FILE } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { frame } from '../testing/raw-collab-client';
import { allAcknowledged, bodyText, readBody, readStoredRows, untilDoc, useTestHosts, type TestHost } from '../testing/test-host';
import { MALFORMED_MESSAGE_CLOSE_CODE } from './message-guard';
import { readSpeechMetadata, speechToProseMirror } from './speech-ydoc';

const host = useTestHosts();

// Registered after useTestHosts, so it runs before the hosts close (after-hooks run in reverse).
afterEach(() => {
  vi.restoreAllMocks();
});

/** MessageType.SyncStatus of Hocuspocus 3: the acknowledgement of an update. */
const SYNC_STATUS = 8;

/** Rebuilds a speech from its stored rows only, as a restarted host would. */
function storedSpeech(dataDir: string, id: string): Y.Doc {
  const rows = readStoredRows(dataDir);
  const ydoc = new Y.Doc();
  const parts = [...rows.snapshots.filter((s) => s.doc_id === id), ...rows.updates.filter((u) => u.doc_id === id)];
  for (const part of parts) Y.applyUpdate(ydoc, Buffer.from(part.data, 'hex'));
  return ydoc;
}

/** What the upgrade answers, without completing a WebSocket. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => reject(new Error('upgrade accepted')));
    ws.on('error', () => undefined);
  });
}

/** A raw client that authenticates for `name` and then sends `payload`; resolves with how the host closed it. */
function rawClient(h: TestHost, name: string, payload: Uint8Array): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(h.collabUrl());
    ws.on('open', () => ws.send(frame(name, 2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, h.token)))));
    // Once authenticated, ask for the document; its sync answer shows the document is loaded.
    let sent = false;
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === 2) ws.send(frame(name, 0, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
      else if ((type === 0 || type === 4) && !sent) {
        sent = true;
        ws.send(payload);
      }
    });
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

describe('collaboration', () => {
  it('stores each update before the client sees it acknowledged', async () => {
    const h = await host();
    const { id } = await h.createSpeech('讲话');
    const p = await h.connect(id);
    const seen: string[] = [];
    p.on('unsyncedChanges', ({ number }: { number: number }) => {
      // Read the disk at the very moment of the acknowledgement.
      if (number === 0) seen.push(readBody(storedSpeech(h.dataDir, id)));
    });
    // And at the moment the host writes it: in one process the client reads its socket only after the host's
    // current turn, so an acknowledgement written before the commit of that turn would still look stored there.
    const atSyncStatus: string[] = [];
    const send = Connection.prototype.send;
    vi.spyOn(Connection.prototype, 'send').mockImplementation(function (this: Connection, message: Uint8Array) {
      const decoder = decoding.createDecoder(message);
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) === SYNC_STATUS) atSyncStatus.push(readBody(storedSpeech(h.dataDir, id)));
      send.call(this, message);
    });
    const sent: Uint8Array[] = [];
    p.document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== p) sent.push(update);
    });
    const text = bodyText(p.document);
    for (const piece of ['同志们', '，今天', '召开会议']) {
      text.insert(text.length, piece);
      await allAcknowledged(p);
      expect(seen.at(-1)).toBe(text.toString());
      expect(atSyncStatus.at(-1)).toBe(text.toString());
    }
    expect(seen.at(-1)).toBe('同志们，今天召开会议');
    // Stored once each, as sent: by the group commit, not again when Hocuspocus applies them.
    const storedRows = readStoredRows(h.dataDir).updates.filter((row) => row.doc_id === id);
    expect(storedRows.map((row) => row.data)).toEqual(sent.map((update) => Buffer.from(update).toString('hex').toUpperCase()));
  });

  it('closes the connection of an update whose transaction failed, without applying, acknowledging or storing it', async () => {
    const h = await host();
    const { id } = await h.createSpeech('讲话');
    const writer = await h.connect(id);
    const reader = await h.connect(id);
    vi.spyOn(DocumentStore.prototype, 'appendUpdates').mockImplementationOnce(() => {
      throw new Error('disk full');
    });
    const closed = new Promise((resolve) => writer.on('close', resolve));
    bodyText(writer.document).insert(0, '未能保存');
    await closed;
    expect(writer.unsyncedChanges).toBeGreaterThan(0);
    expect(h.errors.some((error) => error.includes('disk full'))).toBe(true);
    // The reader's own acknowledged edit comes after anything the host would have sent it of the writer's.
    bodyText(reader.document).insert(0, '同志们');
    await allAcknowledged(reader);
    expect(readBody(reader.document)).toBe('同志们');
    expect(readBody(storedSpeech(h.dataDir, id))).toBe('同志们');
  });

  it('lists a speech with the title and 字数 just typed, without waiting for typing to pause', async () => {
    const h = await host();
    const { id } = await h.createSpeech('旧');
    const p = await h.connect(id);
    const title = p.document.getXmlFragment(PROSEMIRROR_FRAGMENT).get(0) as Y.XmlElement;
    (title.get(0) as Y.XmlText).insert(1, '标题');
    await allAcknowledged(p);
    const listed = (await (await h.request('GET', '/api/documents')).json()) as { documents: DocumentSummary[] };
    expect(listed.documents.find((d) => d.id === id)).toMatchObject({ title: '旧标题', characters: 6 });
    bodyText(p.document).insert(0, '今天');
    await allAcknowledged(p);
    const one = (await (await h.request('GET', `/api/documents/${id}`)).json()) as DocumentSummary;
    expect(one.characters).toBe(8);
  });

  it('loads stored edits after a restart', async () => {
    const first = await host();
    const { dataDir } = first;
    const { id } = await first.createSpeech('讲话');
    const writer = await first.connect(id);
    bodyText(writer.document).insert(0, '全面推进');
    await allAcknowledged(writer);
    const expected = speechToProseMirror(writer.document).toJSON();
    writer.destroy();
    await first.close();

    const second = await host({ dataDir });
    const reader = await second.connect(id);
    expect(speechToProseMirror(reader.document).toJSON()).toEqual(expected);
    const summary = await (await second.request('GET', `/api/documents/${id}`)).json();
    expect(summary).toMatchObject({ title: '讲话', characters: 2 + 3 + 4 });
  });

  it('gives two clients opening a new speech at once its seeded content exactly once', async () => {
    const h = await host();
    const { id } = await h.createSpeech('开幕讲话');
    const [a, b] = await Promise.all([h.connect(id), h.connect(id)]);
    bodyText(a.document).insert(0, '甲');
    await untilDoc(b.document, (doc) => readBody(doc) === '甲');
    const expected = newSpeechDoc('开幕讲话').toJSON();
    expected.content[3].content = [{ type: 'text', text: '甲' }];
    expect(speechToProseMirror(a.document).toJSON()).toEqual(expected);
    expect(speechToProseMirror(b.document).toJSON()).toEqual(expected);
  });

  it('shows a rename to open editors through the title element', async () => {
    const h = await host();
    const { id } = await h.createSpeech('旧题');
    const p = await h.connect(id);
    const response = await h.request('PATCH', `/api/documents/${id}`, { body: { title: '新题' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, title: '新题' });
    await untilDoc(p.document, (doc) => readSpeechMetadata(doc, 'speech').title === '新题');
    expect(readSpeechMetadata(storedSpeech(h.dataDir, id), 'speech').title).toBe('新题');
  });

  it('refuses documents that are unknown, in the trash, or asked for with a wrong token', async () => {
    const h = await host();
    const { id } = await h.createSpeech('讲话');
    await expect(h.connect('no-such-id')).rejects.toThrow('document no-such-id not found');
    await expect(h.connect(id, 'wrong')).rejects.toThrow(`missing or wrong token (document ${id})`);
    await h.request('DELETE', `/api/documents/${id}`);
    await expect(h.connect(id)).rejects.toThrow(`document ${id} is in the trash`);
  });

  it('refuses upgrades without the token or on other paths, storing nothing', async () => {
    const h = await host();
    await h.createSpeech('讲话');
    const before = readStoredRows(h.dataDir);
    expect(await upgradeStatus(h.collabUrl('wrong'))).toBe(401);
    expect(await upgradeStatus(h.collabUrl().replace(/\?.*/, ''))).toBe(401);
    expect(await upgradeStatus(h.collabUrl().replace('/collab', '/other'))).toBe(404);
    expect(readStoredRows(h.dataDir)).toEqual(before);
  });

  it('closes only the connection that sends a malformed message, and stores nothing of it', async () => {
    const h = await host();
    const { id } = await h.createSpeech('讲话');
    const [a, b] = await Promise.all([h.connect(id), h.connect(id)]);
    const before = readStoredRows(h.dataDir);

    // A real edit whose encoding is cut short: Hocuspocus alone would integrate its structs and then fail.
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(a.document));
    const update = (() => {
      let captured: Uint8Array = new Uint8Array();
      source.on('update', (u: Uint8Array) => (captured = u));
      source.transact(() => {
        bodyText(source).insert(0, '坏');
        bodyText(source).delete(0, 1);
      });
      return captured;
    })();
    const truncated = frame(id, 0, (e) => syncProtocol.writeUpdate(e, update.subarray(0, update.length - 1)));
    const closed = await rawClient(h, id, truncated);
    expect(closed.code).toBe(MALFORMED_MESSAGE_CLOSE_CODE);
    expect(closed.reason).toMatch(/^malformed message: /);

    const garbage = await rawClient(h, id, Uint8Array.from([0xff, 0xff, 0xff, 0xff]));
    expect(garbage.code).toBe(MALFORMED_MESSAGE_CLOSE_CODE);

    expect(readStoredRows(h.dataDir)).toEqual(before);
    expect(readBody(a.document)).toBe('');
    bodyText(a.document).insert(0, '照常');
    await untilDoc(b.document, (doc) => readBody(doc) === '照常');
    expect(h.errors.every((error) => error.startsWith('malformed collaboration message'))).toBe(true);
  });

  it('refuses a document whose stored snapshot is corrupt, and leaves its bytes as they were', async () => {
    const first = await host();
    const { dataDir } = first;
    const { id } = await first.createSpeech('讲话');
    await first.close();
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.prepare('UPDATE doc_snapshots SET data = substr(data, 1, length(data) - 3) WHERE doc_id = ?').run(id);
    db.close();
    const before = readStoredRows(dataDir);

    const second = await host({ dataDir });
    await expect(second.connect(id)).rejects.toThrow(`stored data of document ${id} cannot be read`);
    await expect(second.connect(id)).rejects.toThrow(id);
    expect((await second.request('GET', `/api/documents/${id}`)).status).toBe(200);
    await second.close();
    expect(readStoredRows(dataDir)).toEqual(before);
  });
});
