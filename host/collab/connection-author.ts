import type { Document } from '@hocuspocus/server';
import { authorIdentitySchema, type AuthorIdentity } from '../../common/versions';

/** The part of a Hocuspocus Connection (the Yjs origin of its updates) that names its awareness clients. */
export interface ConnectionOrigin {
  webSocket: object;
}

export function isConnectionOrigin(origin: unknown): origin is ConnectionOrigin {
  return typeof origin === 'object' && origin !== null && 'webSocket' in origin && typeof origin.webSocket === 'object' && origin.webSocket !== null;
}

/** The user a connection announced in its awareness (`user: {name, color}` from the identity dialog), if any. */
export function connectionAuthor(document: Document, socket: object): AuthorIdentity | null {
  for (const clientId of document.getClients(socket as never)) {
    const parsed = authorIdentitySchema.safeParse((document.awareness.getStates().get(clientId) as { user?: unknown } | undefined)?.user);
    if (parsed.success) return parsed.data;
  }
  return null;
}
