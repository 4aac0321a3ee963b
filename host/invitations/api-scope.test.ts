import { describe, expect, it } from 'vitest';
import type { InvitationRole } from '../../common/invitations';
import type { Principal } from './access';
import { scopeRefusal } from './api-scope';

const as = (role: InvitationRole): Principal => ({ kind: 'invitation', invitationId: 'i', documentId: 'mine', role, expiresAt: null });
const mine = { id: 'mine' };
const allowed = (role: InvitationRole, method: string, url: string | undefined, params: unknown = mine) => scopeRefusal(as(role), method, url, params) === null;

describe('what an invitation may call over HTTP', () => {
  it('lets every role read its own speech: metadata, versions, export, the checks list, the session', () => {
    for (const role of ['viewer', 'commenter', 'editor'] as const) {
      expect(allowed(role, 'GET', '/api/session', {})).toBe(true);
      expect(allowed(role, 'GET', '/api/checks/formulations', {})).toBe(true);
      expect(allowed(role, 'GET', '/api/documents/:id')).toBe(true);
      expect(allowed(role, 'HEAD', '/api/documents/:id')).toBe(true);
      expect(allowed(role, 'GET', '/api/documents/:id/versions')).toBe(true);
      expect(allowed(role, 'GET', '/api/documents/:id/versions/:versionId', { id: 'mine', versionId: 'v' })).toBe(true);
      expect(allowed(role, 'GET', '/api/documents/:id/export')).toBe(true);
      expect(allowed(role, 'GET', '/api/documents/:id/history')).toBe(true);
    }
  });

  it('lets only editors rename, save and restore versions and read the section templates', () => {
    const editing = [
      ['PATCH', '/api/documents/:id'],
      ['POST', '/api/documents/:id/versions'],
      ['POST', '/api/documents/:id/versions/:versionId/restore'],
      ['GET', '/api/templates'],
    ] as const;
    for (const [method, url] of editing) {
      expect(allowed('editor', method, url)).toBe(true);
      expect(allowed('commenter', method, url)).toBe(false);
      expect(allowed('viewer', method, url)).toBe(false);
    }
    expect(scopeRefusal(as('viewer'), 'PATCH', '/api/documents/:id', mine)).toBe('the viewer role cannot use PATCH /api/documents/:id; it needs the editor role');
  });

  it('keeps every role to its own speech', () => {
    expect(scopeRefusal(as('editor'), 'GET', '/api/documents/:id', { id: 'other' })).toBe('this invitation opens speech mine only');
    expect(allowed('editor', 'GET', '/api/documents/:id/versions', { id: 'other' })).toBe(false);
  });

  it('leaves the library, the trash, invitations, indicators, freezing and unknown paths to the owner', () => {
    const ownerOnly: [string, string | undefined][] = [
      ['GET', '/api/documents'],
      ['POST', '/api/documents'],
      ['DELETE', '/api/documents/:id'],
      ['POST', '/api/documents/:id/duplicate'],
      ['POST', '/api/documents/:id/restore'],
      ['DELETE', '/api/trash/:id'],
      ['POST', '/api/documents/:id/invitations'],
      ['GET', '/api/documents/:id/invitations'],
      ['DELETE', '/api/invitations/:id'],
      ['POST', '/api/documents/:id/freeze'],
      ['GET', '/api/indicators'],
      ['POST', '/api/import'],
      ['GET', undefined],
    ];
    for (const [method, url] of ownerOnly) expect(allowed('editor', method, url), `${method} ${url}`).toBe(false);
    expect(scopeRefusal(as('editor'), 'GET', '/api/documents', {})).toBe('an invitation link (editor) cannot use GET /api/documents; it is for the owner of the host');
  });

  it('lets the owner call anything', () => {
    expect(scopeRefusal({ kind: 'owner' }, 'DELETE', '/api/trash/:id', { id: 'x' })).toBeNull();
  });
});
