import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import { ErrorMessage } from '../app/ErrorMessage';
import type { ApiClient } from '../host/api-client';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { SEARCH_DELAY_MS } from './LibraryView';
import { ListStatus } from './ListStatus';
import { SearchField } from './SearchField';
import { SpeechTable } from './SpeechTable';
import { TrashRow } from './TrashRow';
import { useDebouncedValue } from './use-debounced-value';
import { useDocumentList } from './use-document-list';
import { useLibraryAction } from './use-library-action';

/**
 * 回收站: deleted speeches, restorable, or deleted for good after a confirmation; `onDeletedForGood` then
 * forgets what this browser keeps of the speech.
 */
export function TrashView({ api, onDeletedForGood }: { api: ApiClient; onDeletedForGood?: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { state, reload } = useDocumentList(api, { q, trash: true });
  const { busyId, failure, run, dismiss } = useLibraryAction();
  const [confirming, setConfirming] = useState<DocumentSummary | null>(null);
  const [notice, setNotice] = useState('');
  const titleOf = (speech: DocumentSummary) => speech.title || t('library.untitled');

  async function restore(speech: DocumentSummary) {
    const result = await run('restore', speech.id, () => api.restoreDocument(speech.id));
    if (!result.ok) return;
    setNotice(t('trash.notice.restored', { title: titleOf(speech) }));
    reload();
  }

  async function deleteForGood(speech: DocumentSummary) {
    setConfirming(null);
    const result = await run('deleteForGood', speech.id, () => api.deleteForGood(speech.id));
    if (!result.ok) return;
    onDeletedForGood?.(speech.id);
    setNotice(t('trash.notice.deleted', { title: titleOf(speech) }));
    reload();
  }

  const empty = q ? { title: t('library.emptySearch', { q }) } : { title: t('trash.empty'), hint: t('trash.emptyHint') };

  return (
    <section className="library-view" aria-labelledby="trash-heading" data-testid="trash-view">
      <div className="view-head">
        <h1 id="trash-heading" className="view-title">
          {t('trash.title')}
        </h1>
        <SearchField value={search} onChange={setSearch} />
      </div>
      <p className="notice" role="status" data-testid="library-notice">
        {notice}
      </p>
      {failure && <ErrorMessage error={failure.error} context={t(`library.failed.${failure.action}`)} onDismiss={dismiss} />}
      <ListStatus state={state} onRetry={reload} empty={empty} />
      {state.documents.length > 0 && (
        <SpeechTable label={t('trash.listLabel')} timeColumn={t('trash.columns.deleted')} busy={state.status === 'loading'} testId="trash-list">
          {state.documents.map((speech) => (
            <TrashRow
              key={speech.id}
              speech={speech}
              busy={busyId === speech.id}
              onRestore={() => void restore(speech)}
              onDeleteForGood={() => setConfirming(speech)}
            />
          ))}
        </SpeechTable>
      )}
      {confirming && <ConfirmDeleteDialog title={titleOf(confirming)} onConfirm={() => void deleteForGood(confirming)} onCancel={() => setConfirming(null)} />}
    </section>
  );
}
