import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import type { AuthorStore } from '../versions/author-store';
import { connectionAuthor, isConnectionOrigin } from './connection-author';

/**
 * Records who wrote each change of a speech, for compare: the items of an update from a connection belong to
 * that connection's user, and so do its deletions. The client IDs are read from the update itself, so they are
 * the ones the host's document holds whatever a client does with its own docs (the editor's relay gives its
 * two docs one ID). An update that arrives before its connection has said who it is waits for that.
 */
export class AuthorshipExtension implements Extension {
  readonly extensionName = 'speechdesk-authorship';
  private readonly waiting = new WeakMap<object, Uint8Array[]>();

  constructor(private readonly authors: AuthorStore) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT || parseCollabDocumentName(documentName).kind !== 'speech') return;
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (!isConnectionOrigin(origin)) return;
      const author = connectionAuthor(document, origin.webSocket);
      if (author) this.authors.record(documentName, author, update);
      else this.waitFor(origin.webSocket).push(update);
    });
    document.awareness.on('update', (_changes: unknown, socket: unknown) => {
      if (typeof socket !== 'object' || socket === null) return;
      const updates = this.waiting.get(socket);
      const author = updates && connectionAuthor(document, socket);
      if (!updates || !author) return;
      this.waiting.delete(socket);
      for (const update of updates) this.authors.record(documentName, author, update);
    });
  }

  private waitFor(socket: object): Uint8Array[] {
    let updates = this.waiting.get(socket);
    if (!updates) {
      updates = [];
      this.waiting.set(socket, updates);
    }
    return updates;
  }
}
