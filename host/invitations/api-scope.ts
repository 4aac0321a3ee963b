import { FORMULATIONS_ROUTE } from '../../common/checks/formulation-list';
import type { InvitationRole } from '../../common/invitations';
import type { Principal } from './access';

interface ScopedRoute {
  method: string;
  /** Fastify's route pattern. */
  url: string;
  /** The least role that may call it. */
  least: InvitationRole;
}

const RANK: Record<InvitationRole, number> = { viewer: 0, commenter: 1, editor: 2 };

/**
 * What an invitation token may call over HTTP; everything else is the owner's. Routes with `:id` are open only
 * for the invitation's own speech. Reading (metadata, versions and their history for compare, export, the
 * checks' formulation list) is open to every role; editors may also rename, save and restore versions, and
 * read the section templates to insert them.
 */
export const INVITATION_ROUTES: readonly ScopedRoute[] = [
  { method: 'GET', url: '/api/session', least: 'viewer' },
  { method: 'GET', url: FORMULATIONS_ROUTE, least: 'viewer' },
  { method: 'GET', url: '/api/documents/:id', least: 'viewer' },
  { method: 'GET', url: '/api/documents/:id/versions', least: 'viewer' },
  { method: 'GET', url: '/api/documents/:id/versions/:versionId', least: 'viewer' },
  { method: 'GET', url: '/api/documents/:id/export', least: 'viewer' },
  { method: 'GET', url: '/api/documents/:id/history', least: 'viewer' },
  { method: 'PATCH', url: '/api/documents/:id', least: 'editor' },
  { method: 'POST', url: '/api/documents/:id/versions', least: 'editor' },
  { method: 'POST', url: '/api/documents/:id/versions/:versionId/restore', least: 'editor' },
  { method: 'GET', url: '/api/templates', least: 'editor' },
];

/**
 * Why the principal may not make this request, or null when it may. `routeUrl` is the matched route's pattern
 * (undefined when no route matched), `params` its parameters.
 */
export function scopeRefusal(principal: Principal, method: string, routeUrl: string | undefined, params: unknown): string | null {
  if (principal.kind === 'owner') return null;
  const verb = method === 'HEAD' ? 'GET' : method;
  const route = INVITATION_ROUTES.find((candidate) => candidate.method === verb && candidate.url === routeUrl);
  const what = `${method} ${routeUrl ?? 'this path'}`;
  if (!route) return `an invitation link (${principal.role}) cannot use ${what}; it is for the owner of the host`;
  if (RANK[principal.role] < RANK[route.least]) return `the ${principal.role} role cannot use ${what}; it needs the ${route.least} role`;
  const id = (params as { id?: unknown } | undefined)?.id;
  if (route.url.includes(':id') && id !== principal.documentId) return `this invitation opens speech ${principal.documentId} only`;
  return null;
}
