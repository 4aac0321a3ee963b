import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import type { DocumentStore } from '../db/document-store';
import { tokensEqual } from '../token';
import { CollabRefusal } from './refusal';

/**
 * Checks the Hocuspocus token of every document a connection opens (the upgrade already checked the URL's
 * token; this check is per document so that roles can come later), and that the speech exists outside the trash.
 * The indicator projection is open to every valid token, read-only: only the host changes it.
 */
export class AuthExtension implements Extension {
  readonly extensionName = 'speechdesk-auth';

  constructor(
    private readonly store: DocumentStore,
    private readonly token: string,
  ) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<void> {
    if (!tokensEqual(token, this.token)) throw new CollabRefusal(`invalid token for document ${documentName}`);
    if (documentName === INDICATORS_DOCUMENT) {
      connectionConfig.readOnly = true;
      return;
    }
    // A speech's comments document (`<id>/comments`) is open to whoever may open the speech.
    const document = this.store.getDocument(parseCollabDocumentName(documentName).speechId);
    if (!document) throw new CollabRefusal(`document ${documentName} not found`);
    if (document.deletedAt !== null) throw new CollabRefusal(`document ${documentName} is in the trash`);
  }
}
