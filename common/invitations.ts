/**
 * Invitations (issue 5): the owner of the host hands out links that open one speech with a role. The
 * contract of the invitation routes, the roles and what each may do, and the link format; validated at the
 * host's edge and shared with the renderer and the CLI.
 */
import { z } from 'zod';

export const INVITATION_ROLES = ['editor', 'commenter', 'viewer'] as const;
export const invitationRoleSchema = z.enum(INVITATION_ROLES);
export type InvitationRole = z.infer<typeof invitationRoleSchema>;

/** Who a token makes its bearer: the owner (the host's admin token) or an invited reviewer of one speech. */
export type AccessRole = 'owner' | InvitationRole;

/** Whether a role may change the speech's text (its Yjs document, rename, new versions). */
export const canEditText = (role: AccessRole): boolean => role === 'owner' || role === 'editor';

/** Whether a role may write the speech's comments document. */
export const canComment = (role: AccessRole): boolean => role !== 'viewer';

/** Expiry choices of the share dialog, in days; null is "never". */
export const EXPIRY_CHOICES = [null, 1, 7, 30] as const;

/** The longest expiry the host accepts: a year. */
export const MAX_EXPIRY_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A duration as the CLI takes it: a whole number and a unit, h (hours) or d (days), e.g. 12h, 7d.
 * Returns milliseconds, or null when the text is not such a duration or exceeds MAX_EXPIRY_DAYS.
 */
export function parseDuration(text: string): number | null {
  const match = /^([1-9]\d{0,4})([hd])$/.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * (match[2] === 'd' ? DAY_MS : DAY_MS / 24);
  return ms <= MAX_EXPIRY_DAYS * DAY_MS ? ms : null;
}

export const INVITATION_STATUSES = ['active', 'expired', 'revoked'] as const;

export const invitationSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  role: invitationRoleSchema,
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  /** Null: never expires. */
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(INVITATION_STATUSES),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationRequestSchema = z
  .object({
    role: invitationRoleSchema,
    /** Whole days until the link stops working; absent or null: never. */
    expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS).nullable().optional(),
  })
  .strict();
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

/** The token is shown once, here: the host keeps only its SHA-256. */
export const createdInvitationSchema = z.object({ invitation: invitationSchema, token: z.string(), url: z.string() });
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationListResponseSchema = z.object({ invitations: z.array(invitationSchema) });
export type InvitationListResponse = z.infer<typeof invitationListResponseSchema>;

/**
 * Routes (owner only; invitation tokens get 403):
 *   POST   /api/documents/:id/invitations   CreateInvitationRequest → 201 CreatedInvitation
 *   GET    /api/documents/:id/invitations   → InvitationListResponse (newest first, revoked ones included)
 *   DELETE /api/invitations/:invitationId   → Invitation (revoked; its open connections are closed)
 */
export const invitationRoutes = {
  invitations: (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/invitations`,
  invitation: (invitationId: string) => `/api/invitations/${encodeURIComponent(invitationId)}`,
} as const;

/**
 * An invitation link: the host's origin and the renderer's route to the speech, with the token in the
 * fragment (never sent to a server, kept out of logs): `https://host/#/doc/<id>?token=<token>`.
 */
export function invitationLink(origin: string, documentId: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/#/doc/${encodeURIComponent(documentId)}?token=${encodeURIComponent(token)}`;
}

const LINK_FRAGMENT = /^#\/doc\/([^/?#]+)\?token=([^&#]+)$/;

export interface ParsedInvitationLink {
  /** The origin to open, e.g. https://speechdesk.example.org. */
  origin: string;
  documentId: string;
  token: string;
  /** The link as it should be opened (normalised). */
  href: string;
}

/** http(s), a host name or address with an optional port, any path and query, then the fragment. No user info. */
const LINK = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?(?:\/[^?#]*)?(?:\?[^#]*)?(#.*)$/i;

/**
 * Reads a pasted invitation link; null unless it is an http(s) URL with a speech route and a token in the
 * fragment. (Parsed by hand: common/ runs where no URL class is typed.)
 */
export function parseInvitationLink(text: string): ParsedInvitationLink | null {
  const link = LINK.exec(text.trim());
  if (!link?.[1] || !link[2] || !link[4]) return null;
  const port = link[3] ?? '';
  if (port !== '' && Number(port.slice(1)) > 65535) return null;
  const fragment = LINK_FRAGMENT.exec(link[4]);
  if (!fragment?.[1] || !fragment[2]) return null;
  try {
    const documentId = decodeURIComponent(fragment[1]);
    const token = decodeURIComponent(fragment[2]);
    if (documentId === '' || token === '') return null;
    const origin = `${link[1].toLowerCase()}://${link[2].toLowerCase()}${port}`;
    return { origin, documentId, token, href: invitationLink(origin, documentId, token) };
  } catch {
    return null;
  }
}

/**
 * WebSocket close code with which the host ends an invitation's connection when the invitation is revoked
 * or expires (4000–4999 are for applications); the reason says which. The renderer shows that access ended.
 */
export const ACCESS_ENDED_CLOSE_CODE = 4403;
