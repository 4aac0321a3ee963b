import { fromBase64 } from 'lib0/buffer';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryResponse, VersionSummary } from '../../common/versions';
import { ChangeTime } from '../app/ChangeTime';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { CompareSummary } from '../editor/types';
import { isAbortError } from '../host/api-error';
import type { VersionsClient } from '../host/versions-client';
import { loadCompareView } from './load-editor-core';

interface CompareViewerProps {
  client: VersionsClient;
  documentId: string;
  older: VersionSummary;
  /** null: the speech as it reads now. */
  newer: VersionSummary | null;
  onClose: () => void;
}

/** What compare renders: the history, and the two snapshots — null when a version predates the history. */
interface CompareInput {
  history: HistoryResponse;
  older: string | null;
  newer: string | null;
}

function Side({ version }: { version: VersionSummary | null }) {
  const { t } = useTranslation();
  if (!version) return <strong>{t('versions.compare.current')}</strong>;
  return (
    <span>
      <strong>{version.name}</strong> <ChangeTime iso={version.createdAt} relative={false} />
    </span>
  );
}

/**
 * Two texts of a speech compared, read-only: what was inserted and deleted in between, each change in its
 * author's colour with their name on hover, and a legend of the authors with what each changed.
 */
export function CompareViewer({ client, documentId, older, newer, onClose }: CompareViewerProps) {
  const { t } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const [input, setInput] = useState<CompareInput | null>(null);
  const [summary, setSummary] = useState<CompareSummary | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    const options = { signal: controller.signal };
    Promise.all([client.history(documentId, options), client.get(documentId, older.id, options), newer ? client.get(documentId, newer.id, options) : null]).then(
      ([history, olderVersion, newerVersion]) => setInput({ history, older: olderVersion.snapshot, newer: newerVersion ? newerVersion.snapshot : history.snapshot }),
      (error: unknown) => {
        if (!isAbortError(error)) setFailure(error);
      },
    );
    return () => controller.abort();
  }, [client, documentId, older.id, newer]);

  const comparable = input !== null && input.older !== null && input.newer !== null;

  useEffect(() => {
    const element = mount.current;
    if (!input || input.older === null || input.newer === null || !element) return;
    const { history, older: olderSnapshot, newer: newerSnapshot } = input;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    loadCompareView().then(
      (createCompareView) => {
        if (cancelled) return;
        const view = createCompareView({
          mount: element,
          state: fromBase64(history.state),
          authors: history.authors,
          older: fromBase64(olderSnapshot),
          newer: fromBase64(newerSnapshot),
          labels: {
            inserted: (name) => t('versions.compare.insertedBy', { name }),
            deleted: (name) => t('versions.compare.deletedBy', { name }),
            unknownAuthor: t('versions.compare.unknownAuthor'),
          },
        });
        destroy = view.destroy;
        view.rendered.then((rendered) => {
          if (!cancelled) setSummary(rendered);
        }, setFailure);
      },
      (error: unknown) => {
        if (!cancelled) setFailure(error);
      },
    );
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [input, t]);

  return (
    <Modal role="dialog" title={t('versions.compare.title')} onCancel={onClose} size="wide" testId="compare-viewer">
      <p className="version-viewer-meta compare-sides">
        <Side version={older} />
        <span aria-hidden="true"> → </span>
        <Side version={newer} />
      </p>
      {failure !== null && <ErrorMessage error={failure} context={t('versions.compare.failed')} />}
      {input && !comparable && (
        <p className="version-warning" data-testid="compare-unavailable">
          {t('versions.compare.noHistory')}
        </p>
      )}
      {!summary && comparable && failure === null && (
        <p className="modal-text" role="status">
          {t('common.loading')}
        </p>
      )}
      {!input && failure === null && (
        <p className="modal-text" role="status">
          {t('common.loading')}
        </p>
      )}
      {summary && (
        <div className="compare-legend" data-testid="compare-legend">
          <p className="compare-totals" data-testid="compare-totals" data-insertions={summary.insertions} data-deletions={summary.deletions}>
            {summary.insertions + summary.deletions === 0
              ? t('versions.compare.noChanges')
              : t('versions.compare.totals', { insertions: summary.insertions, deletions: summary.deletions })}
          </p>
          {summary.authors.length > 0 && (
            <ul className="compare-authors" aria-label={t('versions.compare.authors')}>
              {summary.authors.map((author) => (
                <li key={`${author.name}${author.color}`} className="compare-author" data-testid="compare-author" data-author={author.name}>
                  <span className="compare-swatch" style={{ backgroundColor: author.color }} aria-hidden="true" />
                  <span className="compare-author-name">{author.name}</span>
                  <span className="compare-author-counts">{t('versions.compare.authorCounts', { inserted: author.inserted, deleted: author.deleted })}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="compare-key">
            <ins className="compare-change compare-inserted compare-sample">{t('versions.compare.keyInserted')}</ins>
            <del className="compare-change compare-deleted compare-sample">{t('versions.compare.keyDeleted')}</del>
          </p>
        </div>
      )}
      <div className="version-viewer-scroller" hidden={!comparable}>
        <article className="speech-page" aria-label={t('versions.compare.page')} data-testid="compare-page">
          <div ref={mount} className="speech-page-mount" />
        </article>
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose} data-testid="close-compare">
          {t('versions.viewer.close')}
        </button>
      </div>
    </Modal>
  );
}
