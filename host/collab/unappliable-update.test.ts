import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../db/database';
import { encodeUpdate } from './update-integrity';
import { allAcknowledged, bodyText, readBody, readStoredRows, scratchDir, TEST_TOKEN, useTestHosts, type TestHost } from '../testing/test-host';

const startHost = useTestHosts();
const host = (dataDir: string) => startHost({ dataDir });
const provider = (h: TestHost, name: string) => h.connect(name);

const AUTH = 2;
const CLOSE = 7;
const SYNC_STATUS = 8;

/** Authenticates a raw socket for `name`, sends `update` and resolves with the host's answer to it. */
function sendAsEditor(h: TestHost, name: string, update: Uint8Array): Promise<'acknowledged' | 'closed'> {
  const frame = (type: number, write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, name);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  return new Promise((resolve) => {
    const ws = new WebSocket(h.collabUrl());
    ws.on('open', () => ws.send(frame(AUTH, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, TEST_TOKEN)))));
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === AUTH) ws.send(frame(0, (e) => syncProtocol.writeUpdate(e, update)));
      if (type !== SYNC_STATUS && type !== CLOSE) return;
      ws.terminate();
      resolve(type === CLOSE ? 'closed' : 'acknowledged');
    });
  });
}

/**
 * An update that decodes but on which Y.applyUpdate throws: an item of client 1 whose origin is its own id. Yjs
 * looks a reference to the item's own client up at once, and it is not there. Merged with a real edit of a
 * client with a higher id (`edit`), which Yjs integrates before it reaches the broken item.
 */
function unappliable(edit: Uint8Array): Uint8Array {
  const selfReferring = new Y.Item(Y.createID(1, 0), null, Y.createID(1, 0), null, null, null, null, new Y.ContentString('坏'));
  return Y.mergeUpdates([edit, encodeUpdate([selfReferring], Y.createDeleteSet())]);
}

/** The update of inserting `text` at the start of the body of a copy of `source`, by a client of its own. */
function editOf(source: Y.Doc, text: string, clientID = 1_000_000): Uint8Array {
  const copy = new Y.Doc();
  copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  let update: Uint8Array = new Uint8Array();
  copy.on('update', (u: Uint8Array) => (update = u));
  bodyText(copy).insert(0, text);
  return update;
}

/** A host on a fresh data directory with a speech whose text an editor has set to 同志们, acknowledged. */
async function greetedSpeech() {
  const dataDir = scratchDir();
  const first = await host(dataDir);
  const { id } = await first.createSpeech('讲话');
  const writer = await provider(first, id);
  bodyText(writer.document).insert(0, '同志们');
  await allAcknowledged(writer);
  return { dataDir, first, id, writer };
}

describe('an update that decodes but cannot be applied', () => {
  it('closes the editor that sends it, stores and shows nothing of it, and the speech still opens after a restart', async () => {
    const { dataDir, first, id, writer } = await greetedSpeech();
    const before = readStoredRows(dataDir);

    expect(await sendAsEditor(first, id, unappliable(editOf(writer.document, '混入')))).toBe('closed');

    expect(readStoredRows(dataDir)).toEqual(before);
    expect(first.errors.some((error) => error.includes('update refused, Yjs cannot apply it'))).toBe(true);
    // The writer's own acknowledged edit comes after anything the host would have sent it of the bad update.
    bodyText(writer.document).insert(3, '，');
    await allAcknowledged(writer);
    expect(readBody(writer.document)).toBe('同志们，');
    writer.destroy();
    await first.close();

    const second = await host(dataDir);
    const reader = await provider(second, id);
    expect(readBody(reader.document)).toBe('同志们，');
  });

  it('loads everything else of a speech whose stored data holds one, reports it, and stores the speech without it', async () => {
    const { dataDir, first, id, writer } = await greetedSpeech();
    const bad = unappliable(editOf(writer.document, '混入'));
    writer.destroy();
    await first.close();
    // As a host before this check stored it, then compacted it into the snapshot, then stored an edit after it.
    const db = new Database(join(dataDir, DATABASE_FILE));
    const snapshot = (db.prepare('SELECT data FROM doc_snapshots WHERE doc_id = ?').get(id) as { data: Buffer }).data;
    db.prepare('UPDATE doc_snapshots SET data = ? WHERE doc_id = ?').run(Buffer.from(Y.mergeUpdates([snapshot, bad])), id);
    const later = new Y.Doc();
    Y.applyUpdate(later, snapshot);
    let edit: Uint8Array = new Uint8Array();
    later.on('update', (u: Uint8Array) => (edit = u));
    bodyText(later).insert(3, '好');
    db.prepare('INSERT INTO doc_updates (doc_id, data, created_at) VALUES (?, ?, ?)').run(id, Buffer.from(edit), Date.now());
    db.prepare('INSERT INTO doc_updates (doc_id, data, created_at) VALUES (?, ?, ?)').run(id, Buffer.from(bad), Date.now());
    db.close();

    const second = await host(dataDir);
    const reader = await provider(second, id);
    expect(readBody(reader.document)).toBe('混入同志们好');
    expect(second.errors.some((error) => error.includes(`stored data of document ${id} could not all be applied`))).toBe(true);
    const rows = readStoredRows(dataDir);
    expect(rows.updates.filter((row) => row.doc_id === id)).toEqual([]);
    reader.destroy();
    await second.close();

    const third = await host(dataDir);
    const again = await provider(third, id);
    expect(readBody(again.document)).toBe('混入同志们好');
    expect(third.errors).toEqual([]);
    bodyText(again.document).insert(0, '各位');
    await allAcknowledged(again);
    expect(third.errors).toEqual([]);
  });

  it('opens a speech whose stored update fails only against the document it met, keeping everything else of it', async () => {
    const { dataDir, first, id, writer } = await greetedSpeech();
    const text = bodyText(writer.document);
    const client = writer.document.clientID;
    const firstChar = Y.createID(client, text._start?.id.clock ?? 0);
    // Client 7's first item names a piece of text as its parent: no type, so Yjs keeps it as a GC struct. Then an
    // item of client 7 from clock 0 on, placed after that text: Yjs integrates the part after the GC struct with
    // the GC struct as its left neighbour, which has no list to join, and throws. Neither is wrong on its own.
    const onText = new Y.Item(Y.createID(7, 0), null, null, null, null, firstChar, null, new Y.ContentString('甲'));
    const overlapping = new Y.Item(Y.createID(7, 0), null, firstChar, null, null, null, null, new Y.ContentString('甲乙丙'));
    expect(await sendAsEditor(first, id, encodeUpdate([onText], Y.createDeleteSet()))).toBe('acknowledged');
    // With an edit of client 3, which Yjs integrates after client 7's structs: it gave up on it at the throw.
    const withEdit = Y.mergeUpdates([encodeUpdate([overlapping], Y.createDeleteSet()), editOf(writer.document, '各位', 3)]);
    expect(await sendAsEditor(first, id, withEdit)).toBe('acknowledged');
    bodyText(writer.document).insert(3, '好');
    await allAcknowledged(writer);
    writer.destroy();
    // The rows as a host killed now leaves them: shutting down merges them into the snapshot, which hides the
    // problem (merging cuts client 7's structs at the GC struct).
    const unmerged = readStoredRows(dataDir);
    await first.close();
    const db = new Database(join(dataDir, DATABASE_FILE));
    const snapshot = unmerged.snapshots.find((row) => row.doc_id === id);
    db.prepare('UPDATE doc_snapshots SET data = ?, through_update_id = ? WHERE doc_id = ?').run(Buffer.from(snapshot?.data ?? '', 'hex'), snapshot?.through_update_id, id);
    const insert = db.prepare('INSERT INTO doc_updates (doc_id, data, created_at) VALUES (?, ?, ?)');
    for (const row of unmerged.updates.filter((u) => u.doc_id === id)) insert.run(id, Buffer.from(row.data, 'hex'), Date.now());
    db.close();

    const second = await host(dataDir);
    const reader = await provider(second, id);
    expect(readBody(reader.document)).toBe('各位同志们好');
    expect(second.errors.some((error) => error.includes(`stored data of document ${id} could not all be applied`))).toBe(true);
    reader.destroy();
    await second.close();
    const third = await host(dataDir);
    expect(readBody((await provider(third, id)).document)).toBe('各位同志们好');
    expect(third.errors).toEqual([]);
  });
});
