import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../common/api';
import type { ApiClient } from '../host/api-client';

export type DocumentSummaryState = { status: 'loading' } | { status: 'ready'; summary: DocumentSummary } | { status: 'error'; error: unknown };

/** The library's record of the open speech: its title for the top bar, and whether it exists at all. */
export function useDocumentSummary(api: ApiClient, documentId: string): DocumentSummaryState {
  const [state, setState] = useState<DocumentSummaryState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api.getDocument(documentId).then(
      (summary) => current && setState({ status: 'ready', summary }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, documentId]);
  return state;
}
