import { useEffect, useMemo, useRef, useState } from 'react';
import type { NodeJson, TemplateKind } from '../../common/api';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../app/ErrorMessage';
import { useAccess } from '../app/access/access';
import { routeHash } from '../app/route';
import { createInvitationsClient } from '../host/invitations-client';
import { ShareDialog } from './share/ShareDialog';
import type { CollaborationUser, EditorSnapshot, FigureHover, Gap, OutlineEntry } from '../editor/types';
import type { VersionSummary } from '../../common/versions';
import type { ApiClient } from '../host/api-client';
import { createVersionsClient } from '../host/versions-client';
import type { HostConnection } from '../host/host-connection';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';
import { SectionGallery } from '../templates/SectionGallery';
import { useTemplateCatalog } from '../templates/use-template-catalog';
import { ChecksPanel } from './checks/ChecksPanel';
import { CommentsPanel } from './comments/CommentsPanel';
import { useCommentShortcut, useComments } from './comments/use-comments';
import { useFindings, useFormulations } from './checks/use-findings';
import { CompletenessPanel } from './CompletenessPanel';
import { EditorToolbar } from './EditorToolbar';
import { FigureCard } from './FigureCard';
import { OutlinePanel } from './OutlinePanel';
import { SpeechSettingsPanel } from './SpeechSettingsPanel';
import { ExportDialog } from './ExportDialog';
import { PanelRail, SIDE_PANEL_ID, SPEECH_PANELS, type SpeechPanel } from './PanelRail';
import { SpeechTopBar } from './SpeechTopBar';
import { StatisticsPanel } from './statistics/StatisticsPanel';
import { useSpeakingRate } from './statistics/use-speaking-rate';
import { StatusBar } from './StatusBar';
import { useDocumentSummary } from './use-document-summary';
import { usePrintLayout } from './use-print-layout';
import { useSpeechEditor } from './use-speech-editor';
import { useVersions } from './use-versions';
import { UnsyncedWarning } from './use-unsynced-warning';
import { SnapshotSlice, useSnapshot } from './snapshot-store';
import { VersionNameDialog } from './VersionNameDialog';
import { VersionsPanel } from './VersionsPanel';
import { VersionViewer } from './VersionViewer';
import { CompareViewer } from './CompareViewer';
import { RestoreVersionDialog } from './RestoreVersionDialog';

interface SpeechScreenProps {
  api: ApiClient;
  connection: HostConnection;
  documentId: string;
  user: CollaborationUser;
  onEditIdentity: () => void;
}

const NO_OUTLINE: OutlineEntry[] = [];
const NO_GAPS: Gap[] = [];
const NO_VARIABLES: Record<string, string> = {};
const selectGaps = (snapshot: EditorSnapshot | null) => snapshot?.gaps ?? NO_GAPS;

/** One speech open for editing: top bar, toolbar, outline beside the page, a side panel, status bar. */
export function SpeechScreen({ api, connection, documentId, user, onEditIdentity }: SpeechScreenProps) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const [accessEnded, setAccessEnded] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  const invitations = useMemo(() => createInvitationsClient(connection), [connection]);
  const mount = useRef<HTMLDivElement>(null);
  const summary = useDocumentSummary(api, documentId, connection.origin);
  const hints = { title: t('speech.hints.title'), meta: t('speech.hints.meta') };
  const [hover, setHover] = useState<FigureHover | null>(null);
  const { editor, snapshots, failure } = useSpeechEditor(mount, documentId, connection, user, hints, summary.status !== 'error', setHover, {
    readOnly: !access.canEditText,
    canComment: access.canComment,
    onAccessEnded: setAccessEnded,
  });
  // The open speech's own title line is newer than the library's copy of it.
  const storedTitle = summary.status === 'ready' ? summary.summary.title : '';
  // The screen follows the slices that change with the structure, not with every keystroke: 字数, the spoken
  // blocks and the save state, and the outline's and the gaps' positions (typing shifts every one after the
  // caret) are followed by the parts that show them.
  const ready = useSnapshot(snapshots, (snapshot) => snapshot?.ready === true);
  const liveTitle = useSnapshot(snapshots, (snapshot) => (snapshot?.ready ? snapshot.title : null));
  const gapTotal = useSnapshot(snapshots, (snapshot) => snapshot?.gaps.length ?? 0);
  const numberingStyle = useSnapshot(snapshots, (snapshot) => snapshot?.numberingStyle ?? 'speech');
  const variables = useSnapshot(snapshots, (snapshot) => snapshot?.variables ?? NO_VARIABLES);
  const layout = useSnapshot(snapshots, (snapshot) => (snapshot?.ready ? snapshot.layout : null));
  const title = summary.status === 'ready' ? (liveTitle ?? storedTitle) || t('library.untitled') : '';
  const failed = summary.status === 'error' ? summary.error : failure;
  const [panel, setPanel] = useState<SpeechPanel>(null);
  // 导出 opens on Word; 更多 → 打印 / PDF opens it on PDF.
  const [exporting, setExporting] = useState<'docx' | 'pdf' | null>(null);
  // Set when 导出 → 修改版式 opens the settings: the panel then shows its 版式 section.
  const [layoutRequested, setLayoutRequested] = useState(false);
  const [galleryKind, setGalleryKind] = useState<TemplateKind>('opening');
  const [templateContent, setTemplateContent] = useState<NodeJson[] | null>(null);
  const catalog = useTemplateCatalog(api, panel === 'gallery');
  const loaded = editor !== null && ready ? editor : null;
  const versionsClient = useMemo(() => createVersionsClient(connection), [connection]);
  const versions = useVersions(versionsClient, documentId, panel === 'versions');
  const formulations = useFormulations(connection, panel === 'checks');
  const findings = useFindings(panel === 'checks' ? loaded : null, formulations);
  const [versionDialog, setVersionDialog] = useState<'frozen' | 'named' | null>(null);
  const [latestVersion, setLatestVersion] = useState<string | null>(null);
  const [openVersion, setOpenVersion] = useState<VersionSummary | null>(null);
  const [comparing, setComparing] = useState<{ older: VersionSummary; newer: VersionSummary | null } | null>(null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [restored, setRestored] = useState<{ name: string; undoTo: VersionSummary } | null>(null);
  const [speakingRate, setSpeakingRate] = useSpeakingRate(user.name);
  usePrintLayout(layout?.layout);
  const comments = useComments(editor);
  useCommentShortcut(editor);
  // Starting a comment, or clicking a highlight in the page, opens the comments beside it.
  const commentFocus = comments?.draft ? `draft:${comments.draft.quote}` : (comments?.active ?? null);
  useEffect(() => {
    if (commentFocus !== null) setPanel('comments');
  }, [commentFocus]);
  const openComments = loaded && comments ? comments.threads.filter((thread) => thread.status === 'open').length : null;
  const gapCount = loaded ? gapTotal : null;
  // 章节库 and 设置 change the text or its settings: only for those who may edit it.
  const railPanels = SPEECH_PANELS.filter((name) => access.canEditText || (name !== 'gallery' && name !== 'settings'));

  async function makeVersion(kind: 'frozen' | 'named', name: string) {
    const made = kind === 'frozen' ? await versionsClient.freeze(documentId, name) : await versionsClient.save(documentId, name);
    setVersionDialog(null);
    setLatestVersion(made.id);
    setPanel('versions');
    versions.reload();
  }

  /**
   * Restores a version; what the speech read before (恢复前, or the newest version when nothing had changed since)
   * is what 撤销恢复 restores in turn.
   */
  async function restoreVersion(version: VersionSummary) {
    const newest = versions.state.status === 'ready' ? (versions.state.versions[0] ?? null) : null;
    const { before, restored } = await versionsClient.restore(documentId, version.id, user);
    setRestoring(null);
    setLatestVersion(restored.id);
    const undoTo = before ?? newest;
    setRestored(undoTo && { name: version.name, undoTo });
    versions.reload();
  }

  async function undoRestore(undoTo: VersionSummary) {
    setRestored(null);
    const { restored: undone } = await versionsClient.restore(documentId, undoTo.id, user);
    setLatestVersion(undone.id);
    versions.reload();
  }

  return (
    <div className="speech-screen" data-testid="speech-screen">
      <SpeechTopBar
        title={title}
        panel={panel}
        onPanel={setPanel}
        onSaveTemplate={loaded ? () => setTemplateContent(loaded.sectionContent()) : undefined}
        onFreeze={loaded ? () => setVersionDialog('frozen') : undefined}
        onExport={loaded ? () => setExporting('docx') : undefined}
        onPrint={loaded ? () => setExporting('pdf') : undefined}
        openComments={openComments}
        onShare={access.isOwner ? () => setSharing(true) : undefined}
        identity={user}
        onEditIdentity={onEditIdentity}
      />
      {accessEnded !== null && (
        <p className="access-ended" role="alert" data-testid="access-ended">
          <strong>{t('access.ended.title')}</strong> {t('access.ended.body')}
        </p>
      )}
      {(access.canEditText || access.canComment) && <EditorToolbar editor={editor} snapshots={snapshots} />}
      <div className={panel ? `speech-body speech-body-with-panel speech-body-with-${panel}` : 'speech-body'}>
        <SnapshotSlice snapshots={snapshots} select={(snapshot) => snapshot?.outline ?? NO_OUTLINE}>
          {(outline) => (
            <OutlinePanel
              entries={outline}
              onJump={(entry) => {
                editor?.jumpTo(entry.pos);
                editor?.focus();
              }}
            />
          )}
        </SnapshotSlice>
        <div className="page-scroller">
          {failed ? (
            <div className="page-message">
              <ErrorMessage error={failed} context={t('speech.openFailed')} />
              <a className="button" href={routeHash({ screen: 'library' })}>
                {t('speech.backToLibrary')}
              </a>
            </div>
          ) : (
            !ready && (
              <p className="page-message" role="status" data-testid="speech-connecting">
                {t('speech.connecting')}
              </p>
            )
          )}
          <article className="speech-page" aria-label={t('speech.page')} data-testid="speech-page" hidden={Boolean(failed)}>
            <div ref={mount} className="speech-page-mount" />
          </article>
        </div>
        {panel && (
          <div className={`speech-side speech-side-${panel}`} id={SIDE_PANEL_ID}>
          {panel === 'gallery' && (
            <SectionGallery
              catalog={catalog.state}
              onRetry={catalog.reload}
              kind={galleryKind}
              onKind={setGalleryKind}
              numberingStyle={numberingStyle}
              variables={variables}
              onInsert={(template) => {
                const inserted = editor?.commands.insertSection(template.content) ?? false;
                if (inserted) editor?.focus();
                return inserted;
              }}
              onClose={() => setPanel(null)}
            />
          )}
          {panel === 'settings' && loaded && (
            <SnapshotSlice snapshots={snapshots} select={(snapshot) => snapshot}>
              {(snapshot) =>
                snapshot && (
                  <SpeechSettingsPanel
                    snapshot={snapshot}
                    onSetVariable={(key, value) => loaded.setVariable(key, value)}
                    onNumberingStyle={(style) => loaded.setNumberingStyle(style)}
                    onSetLayoutField={(field, value) => loaded.setLayoutField(field, value)}
                    onResetLayout={(field) => loaded.resetLayout(field)}
                    showLayout={layoutRequested}
                    onNextSlot={() => {
                      if (loaded.commands.nextSlot()) loaded.focus();
                    }}
                    onClose={() => {
                      setPanel(null);
                      setLayoutRequested(false);
                    }}
                  />
                )
              }
            </SnapshotSlice>
          )}
          {panel === 'completeness' && loaded && (
            <SnapshotSlice snapshots={snapshots} select={selectGaps}>
              {(gaps) => <CompletenessPanel gaps={gaps} onSelect={(gap) => loaded.selectPlaceholder(gap.pos)} onClose={() => setPanel(null)} />}
            </SnapshotSlice>
          )}
          {panel === 'checks' && loaded && (
            <ChecksPanel
              findings={findings}
              formulationsFailed={formulations.status === 'error'}
              onSelect={(finding) => loaded.selectRange(finding.from, finding.to)}
              onDismiss={(key) => loaded.dismissFinding(key)}
              onClose={() => setPanel(null)}
            />
          )}
          {panel === 'statistics' && loaded && (
            <SnapshotSlice snapshots={snapshots} select={(snapshot) => snapshot}>
              {(snapshot) =>
                snapshot && (
                  <StatisticsPanel
                    characters={snapshot.characters}
                    spoken={snapshot.spoken}
                    rate={speakingRate}
                    onRate={setSpeakingRate}
                    targetMinutes={snapshot.targetMinutes}
                    onTargetMinutes={(minutes) => loaded.setTargetMinutes(minutes)}
                    onJump={(pos) => loaded.jumpTo(pos)}
                    onClose={() => setPanel(null)}
                  />
                )
              }
            </SnapshotSlice>
          )}
          {panel === 'comments' && loaded && comments && (
            <CommentsPanel
              comments={comments}
              actions={loaded.comments}
              onClose={() => {
                loaded.comments.cancel();
                loaded.comments.activate(null);
                setPanel(null);
              }}
            />
          )}
          {panel === 'versions' && (
            <VersionsPanel
              state={versions.state}
              onRetry={versions.reload}
              onSaveVersion={loaded && access.canEditText ? () => setVersionDialog('named') : undefined}
              onFreeze={loaded && access.isOwner ? () => setVersionDialog('frozen') : undefined}
              onOpen={setOpenVersion}
              onCompare={(older, newer) => setComparing({ older, newer })}
              onRestore={loaded && access.canEditText ? setRestoring : undefined}
              restored={restored && { name: restored.name, onUndo: () => undoRestore(restored.undoTo) }}
              latestId={latestVersion}
              onClose={() => setPanel(null)}
            />
          )}
          </div>
        )}
        <PanelRail
          panels={railPanels}
          open={panel}
          onOpen={setPanel}
          badges={{
            ...(gapCount !== null && {
              completeness: { count: gapCount > 0 ? gapCount : null, label: t('completeness.badge', { count: gapCount }), testId: 'gap-badge' },
            }),
            ...(openComments !== null &&
              openComments > 0 && { comments: { count: openComments, label: t('comments.badge', { count: openComments }), testId: 'comment-badge' } }),
          }}
        />
      </div>
      {hover && <FigureCard hover={hover} />}
      {!failed && <StatusBar snapshots={snapshots} />}
      <UnsyncedWarning snapshots={snapshots} desktop={window.speechdesk} />
      {exporting && loaded && (
        <SnapshotSlice snapshots={snapshots} select={selectGaps}>
          {(gaps) => (
            <ExportDialog
              initialChoice={exporting}
              documentId={documentId}
              title={title}
              connection={connection}
              gaps={gaps}
              desktop={window.speechdesk}
              layoutChanges={layout?.overridden.length ?? 0}
              onEditLayout={
                access.canEditText
                  ? () => {
                      setExporting(null);
                      setLayoutRequested(true);
                      setPanel('settings');
                    }
                  : undefined
              }
              onClose={() => setExporting(null)}
            />
          )}
        </SnapshotSlice>
      )}
      {sharing && <ShareDialog client={invitations} documentId={documentId} title={title} onClose={() => setSharing(false)} />}
      {versionDialog && (
        <VersionNameDialog
          kind={versionDialog}
          initialName={t(`versions.defaultName.${versionDialog}`, { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()) })}
          gaps={gapTotal}
          onSubmit={(name) => makeVersion(versionDialog, name)}
          onCancel={() => setVersionDialog(null)}
        />
      )}
      {openVersion && (
        <VersionViewer client={versionsClient} documentId={documentId} version={openVersion} numberingStyle={numberingStyle} onClose={() => setOpenVersion(null)} />
      )}
      {comparing && <CompareViewer client={versionsClient} documentId={documentId} older={comparing.older} newer={comparing.newer} onClose={() => setComparing(null)} />}
      {restoring && <RestoreVersionDialog version={restoring} onConfirm={() => restoreVersion(restoring)} onCancel={() => setRestoring(null)} />}
      {templateContent && (
        <SaveTemplateDialog
          api={api}
          content={templateContent}
          numberingStyle={numberingStyle}
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
