import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../common/api';
import { ErrorMessage } from '../app/ErrorMessage';
import { ListStatus } from './ListStatus';
import { SearchField } from './SearchField';
import { SpeechTable } from './SpeechTable';
import type { SpeechList } from './use-speech-list';

interface SpeechListFrameProps {
  /** Which list: its texts are under this i18n key, its test ids follow it. */
  view: 'library' | 'trash';
  list: SpeechList;
  /** Header of the time column. */
  timeColumn: string;
  /** Buttons beside the search box. */
  actions?: ReactNode;
  renderRow: (speech: DocumentSummary) => ReactNode;
  /** Dialogs the view opens over the list. */
  children?: ReactNode;
}

const TEST_IDS = {
  library: { view: 'library-view', list: 'speech-list' },
  trash: { view: 'trash-view', list: 'trash-list' },
} as const;

/** The page around a list of speeches: heading, search, notice, failure banner, loading/empty state, table. */
export function SpeechListFrame({ view, list, timeColumn, actions, renderRow, children }: SpeechListFrameProps) {
  const { t } = useTranslation();
  const { search, setSearch, q, state, reload, failure, dismiss, notice } = list;
  const empty = q ? { title: t('library.emptySearch', { q }) } : { title: t(`${view}.empty`), hint: t(`${view}.emptyHint`) };
  const headingId = `${view}-heading`;
  return (
    <section className="library-view" aria-labelledby={headingId} data-testid={TEST_IDS[view].view}>
      <div className="view-head">
        <h1 id={headingId} className="view-title">
          {t(`${view}.title`)}
        </h1>
        <SearchField value={search} onChange={setSearch} />
        {actions}
      </div>
      <p className="notice" role="status" data-testid="library-notice">
        {notice}
      </p>
      {failure && <ErrorMessage error={failure.error} context={t(`library.failed.${failure.action}`)} onDismiss={dismiss} />}
      <ListStatus state={state} onRetry={reload} empty={empty} />
      {state.documents.length > 0 && (
        <SpeechTable label={t(`${view}.listLabel`)} timeColumn={timeColumn} busy={state.status === 'loading'} testId={TEST_IDS[view].list}>
          {state.documents.map(renderRow)}
        </SpeechTable>
      )}
      {children}
    </section>
  );
}
