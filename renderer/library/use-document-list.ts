import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../common/api';
import type { ApiClient } from '../host/api-client';
import { isAbortError } from '../host/api-error';
import { newestFirst } from './newest-first';

export type DocumentListState =
  | { status: 'loading'; documents: DocumentSummary[] }
  | { status: 'ready'; documents: DocumentSummary[] }
  | { status: 'error'; documents: DocumentSummary[]; error: unknown };

/**
 * One page of the library or the trash, as the host lists it. A newer query aborts the request of an older
 * one, so a slow answer for "讲" never overwrites the answer for "讲话". The previous documents stay
 * visible while loading, to avoid the list flashing empty on every keystroke.
 */
export function useDocumentList(api: ApiClient, query: { q: string; trash: boolean }) {
  const [state, setState] = useState<DocumentListState>({ status: 'loading', documents: [] });
  const [generation, setGeneration] = useState(0);
  const { q, trash } = query;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', documents: previous.documents }));
    api.listDocuments({ q, trash, signal: controller.signal }).then(
      (documents) => setState({ status: 'ready', documents: newestFirst(documents) }),
      (error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ status: 'error', documents: previous.documents, error }));
      },
    );
    return () => controller.abort();
  }, [api, q, trash, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
