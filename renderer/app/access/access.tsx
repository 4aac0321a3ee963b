/**
 * What the signed-in token may do, from GET /api/session: the owner (the host's admin token) or an invited
 * editor, commenter or viewer of one speech. The one place features read the role from (useAccess); the
 * host enforces the same rules, so this only shapes the interface.
 */
import { createContext, useContext } from 'react';
import type { SessionResponse } from '../../../common/api';
import { canComment, canEditText, type AccessRole } from '../../../common/invitations';

export interface Access {
  role: AccessRole;
  /** The one speech an invitation opens; null for the owner. */
  speechId: string | null;
  /** The library, trash, indicators, sharing, templates and 定稿: the owner's. */
  isOwner: boolean;
  /** Typing in the speech, its settings, renaming, saving versions. */
  canEditText: boolean;
  /** Writing the speech's comments document. */
  canComment: boolean;
}

export function accessOf(session: Pick<SessionResponse, 'role' | 'speechId'>): Access {
  return {
    role: session.role,
    speechId: session.speechId,
    isOwner: session.role === 'owner',
    canEditText: canEditText(session.role),
    canComment: canComment(session.role),
  };
}

export const OWNER_ACCESS: Access = accessOf({ role: 'owner', speechId: null });

const AccessContext = createContext<Access>(OWNER_ACCESS);

/** Provided by the app once the session is known. */
export const AccessProvider = AccessContext.Provider;

/** The current token's role and what it allows. */
export function useAccess(): Access {
  return useContext(AccessContext);
}
