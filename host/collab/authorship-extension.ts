import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import type { AuthorIdentity } from '../../common/versions';
import type { AuthorStore } from '../versions/author-store';
import { connectionAuthor, isConnectionOrigin } from './connection-author';

/**
 * Records who wrote each change of a speech, for compare: the items of an update from a connection belong to
 * that connection's user, and so do its deletions. The client IDs are read from the update itself, so they are
 * the ones the host's document holds whatever a client does with its own docs (the editor's relay gives its
 * two docs one ID). An update that arrives before its connection has said who it is waits for that.
 * Attribution is recorded in the update event, before the acknowledgement, so a compare right after an edit
 * already knows its author; a failure to record it is reported and does not refuse the edit.
 */
export class AuthorshipExtension implements Extension {
  readonly extensionName = 'speechdesk-authorship';
  private readonly waiting = new WeakMap<object, Uint8Array[]>();

  constructor(
    private readonly authors: AuthorStore,
    private readonly onError: (error: unknown, docId: string) => void,
  ) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT || parseCollabDocumentName(documentName).kind !== 'speech') return;
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (!isConnectionOrigin(origin)) return;
      const author = connectionAuthor(document, origin.webSocket);
      if (author) this.record(documentName, author, update);
      else this.waiting.set(origin.webSocket, [...(this.waiting.get(origin.webSocket) ?? []), update]);
    });
    document.awareness.on('update', (_changes: unknown, socket: unknown) => {
      if (typeof socket !== 'object' || socket === null) return;
      const updates = this.waiting.get(socket);
      const author = updates && connectionAuthor(document, socket);
      if (!updates || !author) return;
      this.waiting.delete(socket);
      for (const update of updates) this.record(documentName, author, update);
    });
  }

  private record(docId: string, author: AuthorIdentity, update: Uint8Array): void {
    try {
      this.authors.record(docId, author, update);
    } catch (error) {
      this.onError(error, docId);
    }
  }
}
