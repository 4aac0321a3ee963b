import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../common/api';
import type { ApiClient } from '../host/api-client';
import { ApiRequestError } from '../host/api-error';
import { knownSummary, rememberSummary } from './known-summaries';

export type DocumentSummaryState = { status: 'loading' } | { status: 'ready'; summary: DocumentSummary } | { status: 'error'; error: unknown };

/**
 * The library's record of the open speech: its title for the top bar, and whether it exists at all.
 * While the host is unreachable, the record kept from the last time the speech was opened here stands in,
 * so that the speech opens from its local copy.
 */
export function useDocumentSummary(api: ApiClient, documentId: string, host: string): DocumentSummaryState {
  const [state, setState] = useState<DocumentSummaryState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api.getDocument(documentId).then(
      (summary) => {
        rememberSummary(localStorage, host, summary);
        if (current) setState({ status: 'ready', summary });
      },
      (error: unknown) => {
        const known = error instanceof ApiRequestError && error.code === 'network' ? knownSummary(localStorage, host, documentId) : null;
        if (current) setState(known ? { status: 'ready', summary: known } : { status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, documentId, host]);
  return state;
}
