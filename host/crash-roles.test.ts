import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COLLAB_PATH, type DocumentSummary } from '../common/api';
import { commentsDocumentName } from '../common/collab';
import { invitationRoutes, type CreatedInvitation, type InvitationRole } from '../common/invitations';
import { typeUntilKilled } from './testing/crash-typing';
import { startHostChild } from './testing/host-child';
import { RawCollabClient } from './testing/raw-collab-client';
import { allAcknowledged, connectProvider, readBody, readStoredRows, tempDataDir } from './testing/test-host';

/**
 * The crash test (crash.test.ts) with three clients of different roles on one speech: an editor types and the
 * host is killed with SIGKILL right after an acknowledgement, a commenter writes the comments document, and a
 * viewer sends forged updates to both documents. The editor's second round (210 updates) passes a compaction
 * (every 200). After each restart every acknowledged character of the editor and every acknowledged comment is
 * there, and nothing of the viewer's was ever stored.
 */

const TOKEN = 'owner';
const ROUNDS = 2;
const VIEWER_MARK = '只读者伪造';

const startHost = (dataDir: string) => startHostChild({ dataDir, token: TOKEN, entry: 'source' });
const collabUrl = (url: string, token: string) => `${url.replace(/^http/, 'ws')}${COLLAB_PATH}?token=${encodeURIComponent(token)}`;

async function request<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An update adding the viewer's mark to the speech's body as `base` has it (made on a copy). */
function forgedText(base: Y.Doc, round: number): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  copy.getXmlFragment('prosemirror').push([new Y.XmlText(`${VIEWER_MARK}${round}`)]);
  return Y.encodeStateAsUpdate(copy, before);
}

function forgedComment(round: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('threads').set(`viewer-${round}`, `${VIEWER_MARK}${round}`);
  return Y.encodeStateAsUpdate(doc);
}

const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety with roles', () => {
  it("keeps every acknowledged edit of an editor across SIGKILLs, and never stores a viewer's", async () => {
    let host = await startHost(dataDir);
    const { id } = await request<DocumentSummary>(host.url, 'POST', '/api/documents', { title: '角色抗崩溃测试' });
    const invite = async (role: InvitationRole) =>
      (await request<CreatedInvitation>(host.url, 'POST', invitationRoutes.invitations(id), { role })).token;
    const tokens = { editor: await invite('editor'), commenter: await invite('commenter'), viewer: await invite('viewer') };
    const comments = commentsDocumentName(id);

    for (let round = 0; round < ROUNDS; round++) {
      const editor = await connectProvider(collabUrl(host.url, tokens.editor), id, tokens.editor);
      const commenter = await connectProvider(collabUrl(host.url, tokens.commenter), comments, tokens.commenter);
      const viewer = new RawCollabClient(collabUrl(host.url, tokens.viewer));
      expect(await viewer.authenticate(id, tokens.viewer)).toBe('readonly');
      expect(await viewer.authenticate(comments, tokens.viewer)).toBe('readonly');

      // The commenter's write is taken (acknowledged); the viewer's, in every frame that carries one, is not.
      commenter.document.getMap('threads').set(`round-${round}`, '建议补充数据来源');
      await allAcknowledged(commenter);
      for (const carrier of ['update', 'sync-step-2', 'sync-reply'] as const) {
        expect(await viewer.sendUpdate(id, forgedText(editor.document, round), carrier)).toBe(false);
        expect(await viewer.sendUpdate(comments, forgedComment(round), carrier)).toBe(false);
      }

      const acknowledged = await typeUntilKilled(editor, host, 70 + round * 140);
      editor.destroy();
      commenter.destroy();
      viewer.close();
      expect(await host.exited).toBeNull();

      host = await startHost(dataDir);
      const reader = await connectProvider(collabUrl(host.url, TOKEN), id, TOKEN);
      const recovered = readBody(reader.document);
      reader.destroy();
      expect(recovered.startsWith(acknowledged)).toBe(true);
      // Every acknowledged comment of the commenter so far is there; none of the viewer's.
      const commentsReader = await connectProvider(collabUrl(host.url, TOKEN), comments, TOKEN);
      const threads = [...commentsReader.document.getMap('threads').keys()].sort();
      commentsReader.destroy();
      expect(threads).toEqual(Array.from({ length: round + 1 }, (_, n) => `round-${n}`));
      const stored = readStoredRows(dataDir);
      const storedDoc = new Y.Doc();
      for (const part of [...stored.snapshots, ...stored.updates]) Y.applyUpdate(storedDoc, Buffer.from(part.data, 'hex'));
      expect(storedDoc.getXmlFragment('prosemirror').toString()).not.toContain(VIEWER_MARK);
    }

    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    // Each typed character is its own synced commit: slow on a busy machine.
  }, 240_000);
});
