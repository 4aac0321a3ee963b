import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import { ConfirmDialog } from '../app/ConfirmDialog';
import type { ApiClient } from '../host/api-client';
import { SpeechListFrame } from './SpeechListFrame';
import { TrashRow } from './TrashRow';
import { useSpeechList } from './use-speech-list';

/**
 * 回收站: deleted speeches, restorable, or deleted for good after a confirmation (it cannot be undone);
 * `onDeletedForGood` then forgets what this browser keeps of the speech.
 */
export function TrashView({ api, onDeletedForGood }: { api: ApiClient; onDeletedForGood?: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useSpeechList(api, true);
  const { reload, busyId, run, setNotice } = list;
  const [confirming, setConfirming] = useState<DocumentSummary | null>(null);
  const titleOf = (speech: DocumentSummary) => speech.title || t('library.untitled');

  async function restore(speech: DocumentSummary) {
    const result = await run('restore', speech.id, () => api.restoreDocument(speech.id));
    if (!result.ok) return;
    setNotice(t('trash.notice.restored', { title: titleOf(speech) }));
    reload();
  }

  /** Runs inside the confirmation, which shows a failure and stays open; it closes once the speech is gone. */
  async function deleteForGood(speech: DocumentSummary) {
    await api.deleteForGood(speech.id);
    setConfirming(null);
    onDeletedForGood?.(speech.id);
    setNotice(t('trash.notice.deleted', { title: titleOf(speech) }));
    reload();
  }

  return (
    <SpeechListFrame
      view="trash"
      list={list}
      timeColumn={t('trash.columns.deleted')}
      renderRow={(speech) => (
        <TrashRow
          key={speech.id}
          speech={speech}
          busy={busyId === speech.id}
          onRestore={() => void restore(speech)}
          onDeleteForGood={() => setConfirming(speech)}
        />
      )}
    >
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirm.title')}
          body={t('trash.confirm.body', { title: titleOf(confirming) })}
          confirmLabel={t('trash.confirm.confirm')}
          danger
          action={() => deleteForGood(confirming)}
          failureContext={t('library.failed.deleteForGood')}
          onCancel={() => setConfirming(null)}
          testId="confirm-delete"
          confirmTestId="confirm-delete-forever"
        />
      )}
    </SpeechListFrame>
  );
}
