import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { tempDataDir } from '../testing/test-host';
import { AccessResolver } from './access';
import { describeInvitation, InvitationStore } from './invitation-store';
import { InvitationService } from './invitation-service';

const opened: { db: SqliteDatabase; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function setUp() {
  const dir = tempDataDir();
  const db = openDatabase(dir);
  opened.push({ db, dir });
  const documents = new DocumentStore(db);
  documents.createDocument({ id: 'speech-1', title: '讲话', numberingStyle: 'speech', characters: 0, state: new Uint8Array([0, 0]) });
  documents.createDocument({ id: 'speech-2', title: '另一篇', numberingStyle: 'speech', characters: 0, state: new Uint8Array([0, 0]) });
  const invitations = new InvitationStore(db);
  let now = 1_000_000;
  const clock = { set: (ms: number) => (now = ms), now: () => now };
  const ended: string[] = [];
  const service = new InvitationService(documents, invitations, clock.now, (id, reason) => ended.push(`${id}: ${reason}`));
  return { db, documents, invitations, clock, service, ended, access: new AccessResolver('admin-secret', invitations, clock.now) };
}

describe('invitation tokens', () => {
  it('are random, at least 128 bits, and stored only as their SHA-256', () => {
    const { db, service } = setUp();
    const a = service.create('speech-1', { role: 'viewer' }, 'http://host:1');
    const b = service.create('speech-1', { role: 'viewer' }, 'http://host:1');
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const rows = db.prepare('SELECT * FROM invitations').all() as Record<string, unknown>[];
    const stored = JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value));
    expect(stored).not.toContain(a.token);
    const row = db.prepare('SELECT token_sha256 FROM invitations WHERE id = ?').get(a.invitation.id) as { token_sha256: Buffer };
    expect(row.token_sha256.toString('hex')).toBe(createHash('sha256').update(a.token).digest('hex'));
    expect(a.url).toBe(`http://host:1/#/doc/speech-1?token=${a.token}`);
  });

  it('resolve to their speech and role; the admin token is the owner; anything else is refused', () => {
    const { service, access } = setUp();
    const created = service.create('speech-1', { role: 'commenter' }, 'http://h');
    expect(access.resolve(created.token)).toEqual({
      ok: true,
      principal: { kind: 'invitation', invitationId: created.invitation.id, documentId: 'speech-1', role: 'commenter', expiresAt: null },
    });
    expect(access.resolve('admin-secret')).toEqual({ ok: true, principal: { kind: 'owner' } });
    expect(access.resolve(`${created.token}x`)).toEqual({ ok: false, reason: 'missing or wrong token' });
    expect(access.resolve('')).toEqual({ ok: false, reason: 'missing or wrong token' });
    expect(access.resolve(null)).toEqual({ ok: false, reason: 'missing or wrong token' });
  });

  it('stop working at their expiry, to the millisecond', () => {
    const { service, access, clock } = setUp();
    const created = service.create('speech-1', { role: 'editor', expiresInDays: 7 }, 'http://h');
    const expiry = 1_000_000 + 7 * 24 * 60 * 60 * 1000;
    expect(created.invitation.expiresAt).toBe(new Date(expiry).toISOString());
    clock.set(expiry - 1);
    expect(access.resolve(created.token).ok).toBe(true);
    expect(service.list('speech-1')[0]?.status).toBe('active');
    clock.set(expiry);
    expect(access.resolve(created.token)).toEqual({ ok: false, reason: 'this invitation has expired' });
    expect(service.list('speech-1')[0]?.status).toBe('expired');
  });

  it('stop working once revoked, and the revocation ends their connections', () => {
    const { service, access, ended, clock } = setUp();
    const created = service.create('speech-1', { role: 'viewer' }, 'http://h');
    clock.set(2_000_000);
    const revoked = service.revoke(created.invitation.id);
    expect(revoked).toMatchObject({ status: 'revoked', revokedAt: new Date(2_000_000).toISOString() });
    expect(access.resolve(created.token)).toEqual({ ok: false, reason: 'this invitation was revoked' });
    expect(ended).toEqual([`${created.invitation.id}: invitation revoked`]);
    // A second revoke keeps the first time.
    clock.set(3_000_000);
    expect(service.revoke(created.invitation.id).revokedAt).toBe(new Date(2_000_000).toISOString());
  });

  it('are listed per speech, newest first, and refuse unknown or trashed speeches', () => {
    const { service, documents, clock } = setUp();
    const first = service.create('speech-1', { role: 'viewer' }, 'http://h');
    clock.set(1_000_001);
    const second = service.create('speech-1', { role: 'editor', expiresInDays: null }, 'http://h');
    service.create('speech-2', { role: 'viewer' }, 'http://h');
    expect(service.list('speech-1').map((invitation) => invitation.id)).toEqual([second.invitation.id, first.invitation.id]);
    expect(() => service.create('nope', { role: 'viewer' }, 'http://h')).toThrow('no speech with id nope');
    expect(() => service.list('nope')).toThrow('no speech with id nope');
    expect(() => service.revoke('nope')).toThrow('no invitation with id nope');
    documents.moveToTrash('speech-2');
    expect(() => service.create('speech-2', { role: 'viewer' }, 'http://h')).toThrow('is in the trash');
  });

  it('are deleted with their speech', () => {
    const { service, documents, invitations } = setUp();
    const created = service.create('speech-1', { role: 'viewer' }, 'http://h');
    documents.purge('speech-1');
    expect(invitations.get(created.invitation.id)).toBeUndefined();
  });

  it('describe their status at a moment', () => {
    const invitation = { id: 'i', documentId: 'd', role: 'viewer' as const, createdAt: 0, expiresAt: 10, revokedAt: null };
    expect(describeInvitation(invitation, 9).status).toBe('active');
    expect(describeInvitation(invitation, 10).status).toBe('expired');
    expect(describeInvitation({ ...invitation, revokedAt: 5 }, 9).status).toBe('revoked');
  });
});
