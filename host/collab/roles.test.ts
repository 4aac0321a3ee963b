import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commentsDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import { ACCESS_ENDED_CLOSE_CODE, invitationRoutes, type CreatedInvitation, type InvitationRole } from '../../common/invitations';
import { DATABASE_FILE } from '../db/database';
import { hashInvitationToken } from '../invitations/invitation-token';
import { RawCollabClient, type UpdateCarrier } from '../testing/raw-collab-client';
import { allAcknowledged, bodyText, connectProvider, readBody, readStoredRows, untilDoc, useTestHosts, type TestHost } from '../testing/test-host';

const host = useTestHosts();

async function setUp() {
  const h = await host();
  const speech = await h.createSpeech('讲话');
  const invite = async (role: InvitationRole, documentId = speech.id) =>
    ((await (await h.request('POST', invitationRoutes.invitations(documentId), { body: { role } })).json()) as CreatedInvitation).token;
  const provider = async (name: string, token = h.token) => {
    const connected = await connectProvider(h.collabUrl(token), name, token);
    h.afterTest(() => connected.destroy());
    return connected;
  };
  const raw = (token: string) => {
    const client = new RawCollabClient(h.collabUrl(token));
    h.afterTest(() => client.close());
    return client;
  };
  return { h, speech, invite, provider, raw };
}

/** An update that adds `text` to the body of the speech as `base` has it, made on a copy. */
function forgedSpeechUpdate(base: Y.Doc, text: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  bodyText(copy).insert(0, text);
  return Y.encodeStateAsUpdate(copy, before);
}

/** An update that adds a comment entry to an empty comments document. */
function forgedComment(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('comments').set('forged', text);
  return Y.encodeStateAsUpdate(doc);
}

const CARRIERS: UpdateCarrier[] = ['update', 'sync-step-2', 'sync-reply'];
const stored = (h: TestHost) => {
  const { updates, snapshots } = readStoredRows(h.dataDir);
  return { updates, snapshots };
};

describe('roles on the collaboration connection', () => {
  it("drops a viewer's forged updates in every frame that carries one, and stores nothing", async () => {
    const { h, speech, invite, provider, raw } = await setUp();
    const owner = await provider(speech.id);
    const token = await invite('viewer');
    const viewer = raw(token);
    expect(await viewer.authenticate(speech.id, token)).toBe('readonly');
    const before = stored(h);
    for (const carrier of CARRIERS) {
      expect(await viewer.sendUpdate(speech.id, forgedSpeechUpdate(owner.document, `伪造${carrier}`), carrier), carrier).toBe(false);
    }
    expect(stored(h)).toEqual(before);
    // The open document did not take it either: the owner's next edit is stored and nothing forged with it.
    bodyText(owner.document).insert(0, '真');
    await allAcknowledged(owner);
    expect(readBody(owner.document)).toBe('真');
    const reader = await provider(speech.id);
    expect(readBody(reader.document)).toBe('真');
  });

  it('lets a commenter write the comments document but not the text; a viewer writes neither', async () => {
    const { speech, invite, provider, raw } = await setUp();
    const owner = await provider(speech.id);
    const ownerComments = await provider(commentsDocumentName(speech.id));
    const commenterToken = await invite('commenter');

    const commenter = raw(commenterToken);
    expect(await commenter.authenticate(speech.id, commenterToken)).toBe('readonly');
    expect(await commenter.sendUpdate(speech.id, forgedSpeechUpdate(owner.document, '改字'), 'update')).toBe(false);
    expect(await commenter.authenticate(commentsDocumentName(speech.id), commenterToken)).toBe('read-write');
    expect(await commenter.sendUpdate(commentsDocumentName(speech.id), forgedComment('意见'), 'update')).toBe(true);
    await untilDoc(ownerComments.document, (doc) => doc.getMap('comments').get('forged') === '意见');

    const viewerToken = await invite('viewer');
    const viewer = raw(viewerToken);
    expect(await viewer.authenticate(commentsDocumentName(speech.id), viewerToken)).toBe('readonly');
    expect(await viewer.sendUpdate(commentsDocumentName(speech.id), forgedComment('看客'), 'update')).toBe(false);
    expect(ownerComments.document.getMap('comments').get('forged')).toBe('意见');
    expect(readBody(owner.document)).toBe('');
  });

  it("stores an editor's edits", async () => {
    const { h, speech, invite, provider } = await setUp();
    const editor = await provider(speech.id, await invite('editor'));
    bodyText(editor.document).insert(0, '编辑改稿');
    await allAcknowledged(editor);
    const owner = await provider(speech.id);
    expect(readBody(owner.document)).toBe('编辑改稿');
    expect(stored(h).updates.length).toBeGreaterThan(0);
  });

  it('opens only its own speech, its comments and the indicators, with the token the socket was opened with', async () => {
    const { h, speech, invite, raw } = await setUp();
    const other = await h.createSpeech('另一篇');
    const token = await invite('editor');
    const client = raw(token);
    await expect(client.authenticate(other.id, token)).rejects.toThrow(`this invitation does not open document ${other.id}`);
    await expect(client.authenticate(commentsDocumentName(other.id), token)).rejects.toThrow('this invitation does not open');
    expect(await client.authenticate(INDICATORS_DOCUMENT, token)).toBe('readonly');
    const otherToken = await invite('editor');
    await expect(client.authenticate(commentsDocumentName(speech.id), otherToken)).rejects.toThrow("is not the connection's token");
    const owner = raw(h.token);
    await expect(owner.authenticate(speech.id, token)).rejects.toThrow("is not the connection's token");
  });

  it('ends the open connections of a revoked invitation at once, and refuses it afterwards', async () => {
    const { h, speech, provider, raw } = await setUp();
    const created = (await (await h.request('POST', invitationRoutes.invitations(speech.id), { body: { role: 'viewer' } })).json()) as CreatedInvitation;
    const viewer = raw(created.token);
    await viewer.authenticate(speech.id, created.token);
    const viewerProvider: HocuspocusProvider = await provider(speech.id, created.token);
    const providerClosed = new Promise<number>((resolve) => viewerProvider.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)));
    await h.request('DELETE', invitationRoutes.invitation(created.invitation.id));
    expect(await viewer.closed).toEqual({ code: ACCESS_ENDED_CLOSE_CODE, reason: 'invitation revoked' });
    expect(await providerClosed).toBe(ACCESS_ENDED_CLOSE_CODE);
    await expect(raw(created.token).opened).rejects.toThrow('upgrade refused with 401');
  });

  it('ends the open connections of an invitation when it expires', async () => {
    const { h, speech, raw } = await setUp();
    // Made directly in the database: the API counts expiry in days.
    const token = 'expiring-token-for-the-test';
    const db = new Database(join(h.dataDir, DATABASE_FILE));
    db.prepare("INSERT INTO invitations VALUES ('soon', ?, 'viewer', ?, ?, ?, NULL)").run(speech.id, hashInvitationToken(token), Date.now(), Date.now() + 1500);
    db.close();
    const viewer = raw(token);
    expect(await viewer.authenticate(speech.id, token)).toBe('readonly');
    expect(await viewer.closed).toEqual({ code: ACCESS_ENDED_CLOSE_CODE, reason: 'invitation expired' });
    await expect(raw(token).opened).rejects.toThrow('upgrade refused with 401');
  });
});
