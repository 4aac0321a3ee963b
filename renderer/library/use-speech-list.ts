import { useState } from 'react';
import type { ApiClient } from '../host/api-client';
import { useDebouncedValue } from './use-debounced-value';
import { useDocumentList } from './use-document-list';
import { useLibraryAction } from './use-library-action';

/** Long enough to let a writer finish a word with the IME, short enough to feel live. */
export const SEARCH_DELAY_MS = 300;

/**
 * What the library and the trash share: the search box's text, the list it selects (after the IME pause),
 * the one-action-at-a-time runner with its failure, and the last notice for screen readers.
 */
export function useSpeechList(api: ApiClient, trash: boolean) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { state, reload } = useDocumentList(api, { q, trash });
  const action = useLibraryAction();
  const [notice, setNotice] = useState('');
  return { search, setSearch, q, state, reload, ...action, notice, setNotice };
}

export type SpeechList = ReturnType<typeof useSpeechList>;
