import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import { canComment, canEditText } from '../../common/invitations';
import type { DocumentStore } from '../db/document-store';
import { samePrincipal, type AccessResolver, type Principal } from '../invitations/access';
import { CollabRefusal } from './refusal';

/** The context Hocuspocus carries for a socket: the principal its upgrade was granted to (collab-server.ts). */
export interface SocketContext {
  principal: Principal;
}

/**
 * Decides, for every document a connection opens, whether its token may open it and whether read-only.
 * The token must be the one the socket was upgraded with (so closing the socket ends every grant on it) and
 * still valid. The owner opens every speech; an invitation opens its own speech `<id>` and the companion
 * `<id>/comments`: a viewer reads both, a commenter writes the comments only, an editor writes both. The
 * indicator projection is open to every valid token, read-only: only the host changes it. Hocuspocus 3.4.4
 * drops every Sync step 2 and update frame of a read-only connection (MessageReceiver.readSyncMessage), and
 * answers it with a negative SyncStatus; collab-server.test.ts holds it to that.
 */
export class AuthExtension implements Extension {
  readonly extensionName = 'speechdesk-auth';

  constructor(
    private readonly store: DocumentStore,
    private readonly access: AccessResolver,
  ) {}

  async onAuthenticate({ token, documentName, connectionConfig, context }: onAuthenticatePayload): Promise<void> {
    const resolved = this.access.resolve(token);
    if (!resolved.ok) throw new CollabRefusal(`${resolved.reason} (document ${documentName})`);
    const socket = (context as Partial<SocketContext>).principal;
    if (!socket || !samePrincipal(socket, resolved.principal)) throw new CollabRefusal(`the token for document ${documentName} is not the connection's token`);
    const principal = resolved.principal;
    if (documentName === INDICATORS_DOCUMENT) {
      connectionConfig.readOnly = true;
      return;
    }
    const ref = parseCollabDocumentName(documentName);
    if (principal.kind === 'invitation' && ref.speechId !== principal.documentId) {
      throw new CollabRefusal(`this invitation does not open document ${documentName}`);
    }
    const document = this.store.getDocument(ref.speechId);
    if (!document) throw new CollabRefusal(`document ${documentName} not found`);
    if (document.deletedAt !== null) throw new CollabRefusal(`document ${documentName} is in the trash`);
    const role = principal.kind === 'owner' ? 'owner' : principal.role;
    connectionConfig.readOnly = ref.kind === 'speech' ? !canEditText(role) : !canComment(role);
  }
}
