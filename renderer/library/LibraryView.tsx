import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import { ErrorMessage } from '../app/ErrorMessage';
import type { ApiClient } from '../host/api-client';
import { NewSpeechWizard } from '../templates/NewSpeechWizard';
import type { ChosenFile } from './choose-import-file';
import { ImportButton } from './ImportButton';
import { ListStatus } from './ListStatus';
import { SearchField } from './SearchField';
import { SpeechTable } from './SpeechTable';
import { SpeechRow } from './SpeechRow';
import { useDebouncedValue } from './use-debounced-value';
import { useDocumentList } from './use-document-list';
import { useLibraryAction } from './use-library-action';

/** Long enough to let a writer finish a word with the IME, short enough to feel live. */
export const SEARCH_DELAY_MS = 300;

interface LibraryViewProps {
  api: ApiClient;
  onOpen: (documentId: string) => void;
}

/** 文稿库: the speeches not in the trash, newest change first, with search, create and per-speech actions. */
export function LibraryView({ api, onOpen }: LibraryViewProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { state, reload } = useDocumentList(api, { q, trash: false });
  const { busyId, failure, run, dismiss } = useLibraryAction();
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
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

  const empty = q ? { title: t('library.emptySearch', { q }) } : { title: t('library.empty'), hint: t('library.emptyHint') };

  return (
    <section className="library-view" aria-labelledby="library-heading" data-testid="library-view">
      <div className="view-head">
        <h1 id="library-heading" className="view-title">
          {t('library.title')}
        </h1>
        <SearchField value={search} onChange={setSearch} />
        <ImportButton busy={busyId === ''} onImport={(read) => void importFile(read)} />
        <button type="button" className="button button-primary" onClick={() => setCreating(true)} disabled={busyId === ''} data-testid="create-speech">
          {t('library.create')}
        </button>
      </div>
      <p className="notice" role="status" data-testid="library-notice">
        {notice}
      </p>
      {failure && <ErrorMessage error={failure.error} context={t(`library.failed.${failure.action}`)} onDismiss={dismiss} />}
      <ListStatus state={state} onRetry={reload} empty={empty} />
      {state.documents.length > 0 && (
        <SpeechTable label={t('library.listLabel')} timeColumn={t('library.columns.updated')} busy={state.status === 'loading'} testId="speech-list">
          {state.documents.map((speech) => (
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
          ))}
        </SpeechTable>
      )}
      {creating && <NewSpeechWizard api={api} onCreated={onOpen} onCancel={() => setCreating(false)} />}
    </section>
  );
}
