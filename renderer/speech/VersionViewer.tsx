import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberingStyle } from '../../common/numbering-style';
import type { Version, VersionSummary } from '../../common/versions';
import { ChangeTime } from '../app/ChangeTime';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { FigureHover } from '../editor/types';
import { isAbortError } from '../host/api-error';
import type { VersionsClient } from '../host/versions-client';
import { FigureCard } from './FigureCard';
import { loadVersionView } from './load-editor-core';

interface VersionViewerProps {
  client: VersionsClient;
  documentId: string;
  version: VersionSummary;
  /** The speech's numbering style: a version keeps only its text. */
  numberingStyle: NumberingStyle;
  onClose: () => void;
}

/** A version, read-only on a page like the speech's; each frozen figure tells its provenance on hover. */
export function VersionViewer({ client, documentId, version, numberingStyle, onClose }: VersionViewerProps) {
  const { t } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Version | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [hover, setHover] = useState<FigureHover | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    client.get(documentId, version.id, { signal: controller.signal }).then(setLoaded, (error: unknown) => {
      if (!isAbortError(error)) setFailure(error);
    });
    return () => controller.abort();
  }, [client, documentId, version.id]);

  useEffect(() => {
    const element = mount.current;
    if (!loaded || !element) return;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    loadVersionView().then(
      (createVersionView) => {
        if (!cancelled) destroy = createVersionView({ mount: element, doc: loaded.doc, numberingStyle, onHover: setHover }).destroy;
      },
      (error: unknown) => {
        if (!cancelled) setFailure(error);
      },
    );
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [loaded, numberingStyle]);

  return (
    <Modal role="dialog" title={t('versions.viewer.title', { name: version.name })} onCancel={onClose} size="wide" testId="version-viewer">
      <p className="version-viewer-meta">
        <span className={`version-kind version-kind-${version.kind}`}>{t(`versions.kinds.${version.kind}`)}</span> <ChangeTime iso={version.createdAt} relative={false} />
        <span aria-hidden="true"> · </span>
        {t('versions.by', { who: version.createdBy })}
        {version.kind === 'frozen' && (
          <>
            <span aria-hidden="true"> · </span>
            <span className={version.unresolved > 0 ? 'version-unresolved' : 'version-complete'}>
              {version.unresolved > 0 ? t('versions.unresolved', { count: version.unresolved }) : t('versions.complete')}
            </span>
          </>
        )}
      </p>
      <p className="version-viewer-hint">{t('versions.viewer.hint')}</p>
      {failure !== null && <ErrorMessage error={failure} context={t('versions.viewer.failed')} />}
      {!loaded && failure === null && (
        <p className="modal-text" role="status">
          {t('common.loading')}
        </p>
      )}
      <div className="version-viewer-scroller">
        <article className="speech-page" aria-label={t('versions.viewer.page')} data-testid="version-page" hidden={!loaded}>
          <div ref={mount} className="speech-page-mount" />
        </article>
      </div>
      {hover && <FigureCard hover={hover} />}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose} data-testid="close-version">
          {t('versions.viewer.close')}
        </button>
      </div>
    </Modal>
  );
}
