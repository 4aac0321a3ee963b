import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import type { ApiClient } from '../host/api-client';
import { NewSpeechWizard } from '../templates/NewSpeechWizard';
import type { ChosenFile } from './choose-import-file';
import { ImportButton } from './ImportButton';
import { SpeechListFrame } from './SpeechListFrame';
import { SpeechRow } from './SpeechRow';
import { useSpeechList } from './use-speech-list';

interface LibraryViewProps {
  api: ApiClient;
  onOpen: (documentId: string) => void;
}

/** 文稿库: the speeches not in the trash, newest change first, with search, create and per-speech actions. */
export function LibraryView({ api, onOpen }: LibraryViewProps) {
  const { t } = useTranslation();
  const list = useSpeechList(api, false);
  const { reload, busyId, run, setNotice } = list;
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  async function importFile(read: () => Promise<ChosenFile | null>) {
    const result = await run('import', '', async () => {
      const file = await read();
      return file && api.importFile(file.name, file.data);
    });
    if (result.ok && result.value) onOpen(result.value.id);
  }

  async function rename(speech: DocumentSummary, title: string) {
    const result = await run('rename', speech.id, () => api.renameDocument(speech.id, title));
    if (!result.ok) return;
    setRenamingId(null);
    setNotice(t('library.notice.renamed', { title }));
    reload();
  }

  async function duplicate(speech: DocumentSummary) {
    const result = await run('duplicate', speech.id, () => api.duplicateDocument(speech.id));
    if (!result.ok) return;
    setNotice(t('library.notice.duplicated', { title: result.value.title || t('library.untitled') }));
    reload();
  }

  async function trash(speech: DocumentSummary) {
    const result = await run('trash', speech.id, () => api.trashDocument(speech.id));
    if (!result.ok) return;
    setNotice(t('library.notice.trashed', { title: speech.title || t('library.untitled') }));
    reload();
  }

  return (
    <SpeechListFrame
      view="library"
      list={list}
      timeColumn={t('library.columns.updated')}
      actions={
        <>
          <ImportButton busy={busyId === ''} onImport={(read) => void importFile(read)} />
          <button type="button" className="button button-primary" onClick={() => setCreating(true)} disabled={busyId === ''} data-testid="create-speech">
            {t('library.create')}
          </button>
        </>
      }
      renderRow={(speech) => (
        <SpeechRow
          key={speech.id}
          speech={speech}
          busy={busyId === speech.id}
          renaming={renamingId === speech.id}
          onOpen={() => onOpen(speech.id)}
          onStartRename={() => setRenamingId(speech.id)}
          onCancelRename={() => setRenamingId(null)}
          onRename={(title) => void rename(speech, title)}
          onDuplicate={() => void duplicate(speech)}
          onTrash={() => void trash(speech)}
        />
      )}
    >
      {creating && <NewSpeechWizard api={api} onCreated={onOpen} onCancel={() => setCreating(false)} />}
    </SpeechListFrame>
  );
}
