import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../app/ErrorMessage';
import { routeHash } from '../app/route';
import type { CollaborationUser } from '../editor/types';
import type { ApiClient } from '../host/api-client';
import type { HostConnection } from '../host/host-connection';
import { EditorToolbar } from './EditorToolbar';
import { OutlinePanel } from './OutlinePanel';
import { SpeechTopBar } from './SpeechTopBar';
import { StatusBar } from './StatusBar';
import { useDocumentSummary } from './use-document-summary';
import { useSpeechEditor } from './use-speech-editor';

interface SpeechScreenProps {
  api: ApiClient;
  connection: HostConnection;
  documentId: string;
  user: CollaborationUser;
}

/** One speech open for editing: top bar, toolbar, outline beside the page, status bar. */
export function SpeechScreen({ api, connection, documentId, user }: SpeechScreenProps) {
  const { t } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const summary = useDocumentSummary(api, documentId);
  const hints = { title: t('speech.hints.title'), meta: t('speech.hints.meta') };
  const { editor, snapshot, failure } = useSpeechEditor(mount, documentId, connection, user, hints, summary.status === 'ready');
  // The open speech's own title line is newer than the library's copy of it.
  const storedTitle = summary.status === 'ready' ? summary.summary.title : '';
  const title = summary.status === 'ready' ? (snapshot?.ready ? snapshot.title : storedTitle) || t('library.untitled') : '';
  const failed = summary.status === 'error' ? summary.error : failure;

  return (
    <div className="speech-screen" data-testid="speech-screen">
      <SpeechTopBar title={title} numberingStyle={snapshot?.ready ? snapshot.numberingStyle : null} onNumberingStyle={(style) => editor?.setNumberingStyle(style)} />
      <EditorToolbar editor={editor} snapshot={snapshot} />
      <div className="speech-body">
        <OutlinePanel
          entries={snapshot?.outline ?? []}
          onJump={(entry) => {
            editor?.jumpTo(entry.pos);
            editor?.focus();
          }}
        />
        <div className="page-scroller">
          {failed ? (
            <div className="page-message">
              <ErrorMessage error={failed} context={t('speech.openFailed')} />
              <a className="button" href={routeHash({ screen: 'library' })}>
                {t('speech.backToLibrary')}
              </a>
            </div>
          ) : (
            !snapshot?.ready && (
              <p className="page-message" role="status" data-testid="speech-connecting">
                {t('speech.connecting')}
              </p>
            )
          )}
          <article className="speech-page" aria-label={t('speech.page')} data-testid="speech-page" hidden={Boolean(failed)}>
            <div ref={mount} className="speech-page-mount" />
          </article>
        </div>
      </div>
      {!failed && <StatusBar snapshot={snapshot} />}
    </div>
  );
}
