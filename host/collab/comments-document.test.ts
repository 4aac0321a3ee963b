import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { DocumentSummary } from '../../common/api';
import { commentsDocumentName } from '../../common/collab';
import { DATABASE_FILE } from '../db/database';
import { allAcknowledged, untilDoc, useTestHosts } from '../testing/test-host';

const host = useTestHosts();

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
    const first = await host();
    const { dataDir } = first;
    const speech = await first.createSpeech('讲话');
    const writer = await first.connect(commentsDocumentName(speech.id));
    note(writer).set('t1', '这里的数字请核实');
    await allAcknowledged(writer);
    expect(commentRows(dataDir)).toEqual({ updates: 1, snapshots: 0 });
    const reader = await first.connect(commentsDocumentName(speech.id));
    expect(note(reader).get('t1')).toBe('这里的数字请核实');
    writer.destroy();
    reader.destroy();
    await first.close();
    // Shutdown compacts the comments into their snapshot.
    expect(commentRows(dataDir)).toEqual({ updates: 0, snapshots: 1 });

    const second = await host({ dataDir });
    const later = await second.connect(commentsDocumentName(speech.id));
    expect(note(later).get('t1')).toBe('这里的数字请核实');
    const summary = (await (await second.request('GET', `/api/documents/${speech.id}`)).json()) as DocumentSummary;
    expect(summary).toMatchObject({ title: '讲话', updatedAt: speech.updatedAt });
  });

  it('is refused like its speech: unknown, in the trash, or with a wrong token', async () => {
    const h = await host();
    const { id } = await h.createSpeech('讲话');
    await expect(h.connect(commentsDocumentName('no-such-id'))).rejects.toThrow('document no-such-id/comments not found');
    await expect(h.connect(commentsDocumentName(id), 'wrong')).rejects.toThrow(`missing or wrong token (document ${id}/comments)`);
    const open = await h.connect(commentsDocumentName(id));
    const closed = new Promise<void>((resolve) => open.on('close', () => resolve()));
    await h.request('DELETE', `/api/documents/${id}`);
    // Trashing the speech closes its comments too.
    await closed;
    await expect(h.connect(commentsDocumentName(id))).rejects.toThrow(`document ${id}/comments is in the trash`);
  });

  it('is deleted with its speech for good', async () => {
    const h = await host();
    const kept = await h.createSpeech('留下');
    const purged = await h.createSpeech('删除');
    for (const speech of [kept, purged]) {
      const p = await h.connect(commentsDocumentName(speech.id));
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
    const p = await h.connect(commentsDocumentName(kept.id));
    await untilDoc(p.document, () => note(p).get('t1') === '留下');
    expect(note(p).get('t1')).toBe('留下');
  });
});
