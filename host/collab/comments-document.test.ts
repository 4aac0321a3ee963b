import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { DocumentSummary } from '../../common/api';
import { commentsDocumentName } from '../../common/collab';
import { DATABASE_FILE } from '../db/database';
import { allAcknowledged, connectProvider, startTestHost, tempDataDir, untilDoc, type TestHost } from '../testing/test-host';

const hosts: TestHost[] = [];
const providers: HocuspocusProvider[] = [];

async function host(dataDir?: string): Promise<TestHost> {
  const started = await startTestHost(dataDir ? { dataDir } : {});
  hosts.push(started);
  return started;
}

async function provider(h: TestHost, name: string, token?: string): Promise<HocuspocusProvider> {
  const connected = await connectProvider(h.collabUrl(), name, token);
  providers.push(connected);
  return connected;
}

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  for (const h of hosts.splice(0)) await h.dispose();
});

/** The stored rows of comments, of one speech or of all. */
function commentRows(dataDir: string, speechId?: string): { updates: number; snapshots: number } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ? IS NULL OR doc_id = ?`).get(speechId ?? null, speechId ?? null) as { n: number }).n;
    return { updates: count('comment_updates'), snapshots: count('comment_snapshots') };
  } finally {
    db.close();
  }
}

const note = (p: HocuspocusProvider) => p.document.getMap<string>('notes');

describe("a speech's comments document", () => {
  it('is stored before it is acknowledged and survives a restart, compacted, without changing the speech', async () => {
    const dataDir = tempDataDir();
    const first = await host(dataDir);
    const speech = await first.createSpeech('讲话');
    const writer = await provider(first, commentsDocumentName(speech.id));
    note(writer).set('t1', '这里的数字请核实');
    await allAcknowledged(writer);
    expect(commentRows(dataDir)).toEqual({ updates: 1, snapshots: 0 });
    const reader = await provider(first, commentsDocumentName(speech.id));
    expect(note(reader).get('t1')).toBe('这里的数字请核实');
    writer.destroy();
    reader.destroy();
    await first.close();
    // Shutdown compacts the comments into their snapshot.
    expect(commentRows(dataDir)).toEqual({ updates: 0, snapshots: 1 });

    const second = await host(dataDir);
    const later = await provider(second, commentsDocumentName(speech.id));
    expect(note(later).get('t1')).toBe('这里的数字请核实');
    const summary = (await (await second.request('GET', `/api/documents/${speech.id}`)).json()) as DocumentSummary;
    expect(summary).toMatchObject({ title: '讲话', updatedAt: speech.updatedAt });
  });

  it('is refused like its speech: unknown, in the trash, or with a wrong token', async () => {
    const h = await host();
    const { id } = await h.createSpeech('讲话');
    await expect(provider(h, commentsDocumentName('no-such-id'))).rejects.toThrow('document no-such-id/comments not found');
    await expect(provider(h, commentsDocumentName(id), 'wrong')).rejects.toThrow(`missing or wrong token (document ${id}/comments)`);
    const open = await provider(h, commentsDocumentName(id));
    const closed = new Promise<void>((resolve) => open.on('close', () => resolve()));
    await h.request('DELETE', `/api/documents/${id}`);
    // Trashing the speech closes its comments too.
    await closed;
    await expect(provider(h, commentsDocumentName(id))).rejects.toThrow(`document ${id}/comments is in the trash`);
  });

  it('is deleted with its speech for good', async () => {
    const h = await host();
    const kept = await h.createSpeech('留下');
    const purged = await h.createSpeech('删除');
    for (const speech of [kept, purged]) {
      const p = await provider(h, commentsDocumentName(speech.id));
      note(p).set('t1', speech.title);
      await allAcknowledged(p);
      p.destroy();
    }
    const stored = (id: string) => Object.values(commentRows(h.dataDir, id)).reduce((sum, n) => sum + n, 0);
    expect(stored(purged.id)).toBeGreaterThan(0);
    await h.request('DELETE', `/api/documents/${purged.id}`);
    expect((await h.request('DELETE', `/api/trash/${purged.id}`)).status).toBe(204);
    expect(stored(purged.id)).toBe(0);
    expect(stored(kept.id)).toBeGreaterThan(0);
    const p = await provider(h, commentsDocumentName(kept.id));
    await untilDoc(p.document, () => note(p).get('t1') === '留下');
    expect(note(p).get('t1')).toBe('留下');
  });
});
