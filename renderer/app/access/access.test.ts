import { describe, expect, it } from 'vitest';
import { accessOf, OWNER_ACCESS } from './access';

describe('access from the session', () => {
  it('gives the owner everything and each invitation its role', () => {
    expect(OWNER_ACCESS).toEqual({ role: 'owner', speechId: null, isOwner: true, canEditText: true, canComment: true });
    expect(accessOf({ role: 'editor', speechId: 's' })).toEqual({ role: 'editor', speechId: 's', isOwner: false, canEditText: true, canComment: true });
    expect(accessOf({ role: 'commenter', speechId: 's' })).toMatchObject({ isOwner: false, canEditText: false, canComment: true });
    expect(accessOf({ role: 'viewer', speechId: 's' })).toMatchObject({ isOwner: false, canEditText: false, canComment: false });
  });
});
