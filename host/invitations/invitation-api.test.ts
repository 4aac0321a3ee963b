import { describe, expect, it } from 'vitest';
import { apiRoutes, type ApiError } from '../../common/api';
import { indicatorRoutes } from '../../common/indicators';
import type { CreatedInvitation, Invitation, InvitationListResponse, InvitationRole } from '../../common/invitations';
import { invitationRoutes } from '../../common/invitations';
import { versionRoutes } from '../../common/versions';
import { useTestHosts } from '../testing/test-host';

const host = useTestHosts();

async function setUp() {
  const h = await host();
  const speech = await h.createSpeech('在全区经济工作会议上的讲话');
  const other = await h.createSpeech('另一篇讲话');
  const invite = async (role: InvitationRole, expiresInDays?: number) => {
    const response = await h.request('POST', invitationRoutes.invitations(speech.id), { body: { role, ...(expiresInDays ? { expiresInDays } : {}) } });
    expect(response.status).toBe(201);
    return (await response.json()) as CreatedInvitation;
  };
  return { h, speech, other, invite };
}

const errorOf = async (response: Response) => ((await response.json()) as ApiError).error;

describe('invitation routes', () => {
  it('create a link to the host the owner reached, list and revoke', async () => {
    const { h, speech, invite } = await setUp();
    const created = await invite('viewer', 7);
    expect(created.url).toBe(`${h.url}/#/doc/${speech.id}?token=${created.token}`);
    expect(created.invitation).toMatchObject({ documentId: speech.id, role: 'viewer', status: 'active', revokedAt: null });
    const listed = (await (await h.request('GET', invitationRoutes.invitations(speech.id))).json()) as InvitationListResponse;
    expect(listed.invitations).toEqual([created.invitation]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const revoked = await h.request('DELETE', invitationRoutes.invitation(created.invitation.id));
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as Invitation).status).toBe('revoked');
    const session = await h.request('GET', apiRoutes.session(), { token: created.token });
    expect(session.status).toBe(401);
    expect((await errorOf(session)).message).toBe('bearer token refused: this invitation was revoked');
  });

  it('refuse bad input and unknown ids, creating nothing', async () => {
    const { h, speech } = await setUp();
    const badRole = await h.request('POST', invitationRoutes.invitations(speech.id), { body: { role: 'owner' } });
    expect(badRole.status).toBe(400);
    expect((await errorOf(badRole)).path).toBe('body.role');
    const badExpiry = await h.request('POST', invitationRoutes.invitations(speech.id), { body: { role: 'viewer', expiresInDays: 0 } });
    expect((await errorOf(badExpiry)).path).toBe('body.expiresInDays');
    const unknown = await h.request('POST', invitationRoutes.invitations('nope'), { body: { role: 'viewer' } });
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toBe('no speech with id nope');
    expect((await h.request('DELETE', invitationRoutes.invitation('nope'))).status).toBe(404);
    const listed = (await (await h.request('GET', invitationRoutes.invitations(speech.id))).json()) as InvitationListResponse;
    expect(listed.invitations).toEqual([]);
  });

  it('tell a session its role and speech', async () => {
    const { h, speech, invite } = await setUp();
    const { token } = await invite('commenter');
    expect(await (await h.request('GET', apiRoutes.session(), { token })).json()).toMatchObject({ role: 'commenter', speechId: speech.id });
  });

  it('scope a viewer to reading its own speech', async () => {
    const { h, speech, other, invite } = await setUp();
    const { token } = await invite('viewer');
    const status = async (method: string, path: string, body?: unknown) => (await h.request(method, path, { token, ...(body ? { body } : {}) })).status;
    expect(await status('GET', apiRoutes.document(speech.id))).toBe(200);
    expect(await status('GET', versionRoutes.versions(speech.id))).toBe(200);
    expect(await status('GET', `/api/documents/${speech.id}/export?format=txt`)).toBe(200);
    expect(await status('GET', '/api/checks/formulations')).toBe(200);
    expect(await status('GET', apiRoutes.document(other.id))).toBe(403);
    expect(await status('GET', apiRoutes.documents())).toBe(403);
    expect(await status('PATCH', apiRoutes.document(speech.id), { title: '改名' })).toBe(403);
    expect(await status('POST', versionRoutes.versions(speech.id), { name: '送审稿' })).toBe(403);
    expect(await status('DELETE', apiRoutes.document(speech.id))).toBe(403);
    expect(await status('GET', invitationRoutes.invitations(speech.id))).toBe(403);
    expect(await status('POST', invitationRoutes.invitations(speech.id), { role: 'editor' })).toBe(403);
    expect(await status('GET', indicatorRoutes.indicators())).toBe(403);
    const refused = await h.request('PATCH', apiRoutes.document(speech.id), { token, body: { title: '改名' } });
    expect(await errorOf(refused)).toEqual({ code: 'forbidden', message: 'the viewer role cannot use PATCH /api/documents/:id; it needs the editor role' });
    // Nothing changed.
    expect(((await (await h.request('GET', apiRoutes.document(speech.id))).json()) as { title: string }).title).toBe('在全区经济工作会议上的讲话');
  });

  it('let an editor rename and save versions of its own speech, named by its role', async () => {
    const { h, speech, other, invite } = await setUp();
    const { token } = await invite('editor');
    expect((await h.request('PATCH', apiRoutes.document(speech.id), { token, body: { title: '新标题' } })).status).toBe(200);
    const version = await h.request('POST', versionRoutes.versions(speech.id), { token, body: { name: '修改稿' } });
    expect(version.status).toBe(201);
    expect(await version.json()).toMatchObject({ name: '修改稿', createdBy: 'editor' });
    expect((await h.request('PATCH', apiRoutes.document(other.id), { token, body: { title: '新标题' } })).status).toBe(403);
    expect((await h.request('POST', versionRoutes.freeze(speech.id), { token, body: { name: '定稿' } })).status).toBe(403);
  });
});
