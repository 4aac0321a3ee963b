import { useRef, useState } from 'react';
import type { NodeJson, TemplateKind } from '../../common/api';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../app/ErrorMessage';
import { routeHash } from '../app/route';
import type { CollaborationUser } from '../editor/types';
import type { ApiClient } from '../host/api-client';
import type { HostConnection } from '../host/host-connection';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';
import { SectionGallery } from '../templates/SectionGallery';
import { useTemplateCatalog } from '../templates/use-template-catalog';
import { EditorToolbar } from './EditorToolbar';
import { OutlinePanel } from './OutlinePanel';
import { SpeechSettingsPanel } from './SpeechSettingsPanel';
import { SpeechTopBar, type SpeechPanel } from './SpeechTopBar';
import { StatusBar } from './StatusBar';
import { useDocumentSummary } from './use-document-summary';
import { useSpeechEditor } from './use-speech-editor';

interface SpeechScreenProps {
  api: ApiClient;
  connection: HostConnection;
  documentId: string;
  user: CollaborationUser;
}

/** One speech open for editing: top bar, toolbar, outline beside the page, a side panel, status bar. */
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
  const [panel, setPanel] = useState<SpeechPanel>(null);
  const [galleryKind, setGalleryKind] = useState<TemplateKind>('opening');
  const [templateContent, setTemplateContent] = useState<NodeJson[] | null>(null);
  const catalog = useTemplateCatalog(api);
  const loaded = editor !== null && snapshot?.ready === true ? { editor, snapshot } : null;

  return (
    <div className="speech-screen" data-testid="speech-screen">
      <SpeechTopBar
        title={title}
        numberingStyle={snapshot?.ready ? snapshot.numberingStyle : null}
        onNumberingStyle={(style) => editor?.setNumberingStyle(style)}
        panel={panel}
        onPanel={setPanel}
        onSaveTemplate={loaded ? () => setTemplateContent(loaded.editor.sectionContent()) : undefined}
      />
      <EditorToolbar editor={editor} snapshot={snapshot} />
      <div className={panel ? `speech-body speech-body-with-${panel}` : 'speech-body'}>
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
        {panel === 'gallery' && (
          <SectionGallery
            catalog={catalog.state}
            onRetry={catalog.reload}
            kind={galleryKind}
            onKind={setGalleryKind}
            numberingStyle={snapshot?.numberingStyle ?? 'speech'}
            variables={snapshot?.variables ?? {}}
            onInsert={(template) => {
              const inserted = editor?.commands.insertSection(template.content) ?? false;
              if (inserted) editor?.focus();
              return inserted;
            }}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'settings' && loaded && (
          <SpeechSettingsPanel
            snapshot={loaded.snapshot}
            onSetVariable={(key, value) => loaded.editor.setVariable(key, value)}
            onNextSlot={() => {
              if (loaded.editor.commands.nextSlot()) loaded.editor.focus();
            }}
            onClose={() => setPanel(null)}
          />
        )}
      </div>
      {!failed && <StatusBar snapshot={snapshot} />}
      {templateContent && (
        <SaveTemplateDialog
          api={api}
          content={templateContent}
          numberingStyle={snapshot?.numberingStyle ?? 'speech'}
          initialKind={galleryKind}
          onSaved={(template) => {
            setTemplateContent(null);
            setGalleryKind(template.kind);
            setPanel('gallery');
            catalog.reload();
          }}
          onCancel={() => setTemplateContent(null)}
        />
      )}
    </div>
  );
}
