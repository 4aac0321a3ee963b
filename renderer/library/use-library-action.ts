import { useCallback, useState } from 'react';

export type LibraryActionName = 'create' | 'import' | 'rename' | 'duplicate' | 'trash' | 'restore';

export interface LibraryActionFailure {
  action: LibraryActionName;
  error: unknown;
}

/**
 * Runs one change to the library at a time per speech: marks the speech busy (its buttons disable), and
 * keeps the failure for the error banner instead of throwing into React.
 */
export function useLibraryAction() {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<LibraryActionFailure | null>(null);

  const run = useCallback(async <T,>(action: LibraryActionName, id: string, task: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
    setBusyId(id);
    setFailure(null);
    try {
      return { ok: true, value: await task() };
    } catch (error) {
      setFailure({ action, error });
      return { ok: false };
    } finally {
      setBusyId(null);
    }
  }, []);

  const dismiss = useCallback(() => setFailure(null), []);
  return { busyId, failure, run, dismiss };
}
