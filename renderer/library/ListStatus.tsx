import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../app/ErrorMessage';
import type { DocumentListState } from './use-document-list';

interface ListStatusProps {
  state: DocumentListState;
  onRetry: () => void;
  /** Shown when the list loaded and is empty. */
  empty: { title: string; hint?: string };
}

/** What stands in for a list that has nothing to show yet: loading, the host's error, or an empty state. */
export function ListStatus({ state, onRetry, empty }: ListStatusProps) {
  const { t } = useTranslation();
  if (state.status === 'error') return <ErrorMessage error={state.error} context={t('library.loadFailed')} onRetry={onRetry} />;
  if (state.documents.length > 0) return null;
  if (state.status === 'loading') {
    return (
      <p className="list-placeholder" role="status" data-testid="list-loading">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <div className="empty-state" data-testid="empty-state">
      <p className="empty-state-title">{empty.title}</p>
      {empty.hint && <p className="empty-state-hint">{empty.hint}</p>}
    </div>
  );
}
