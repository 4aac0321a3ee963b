import type { Extension, onCreateDocumentPayload } from '@hocuspocus/server';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';

/** Whether a Hocuspocus document keeps its deleted content: speeches do, so any two versions can be compared. */
export function keepsHistory(documentName: string): boolean {
  return documentName !== INDICATORS_DOCUMENT && parseCollabDocumentName(documentName).kind === 'speech';
}

/**
 * Lets the documents without versions collect their deleted content: the indicator projection is rewritten with
 * every change to the store and would otherwise grow for as long as it stays loaded. The host's default (gc off,
 * see collab-server.ts) holds for speeches even if another extension's onCreateDocument answers after this one.
 */
export class HistoryExtension implements Extension {
  readonly extensionName = 'speechdesk-history';

  async onCreateDocument({ documentName }: onCreateDocumentPayload): Promise<{ gc: boolean } | undefined> {
    return keepsHistory(documentName) ? undefined : { gc: true };
  }
}
