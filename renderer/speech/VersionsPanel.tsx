import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../common/versions';
import { ChangeTime } from '../app/ChangeTime';
import { ErrorMessage } from '../app/ErrorMessage';
import { SidePanel } from './SidePanel';
import type { VersionsState } from './use-versions';

interface VersionsPanelProps {
  state: VersionsState;
  onRetry: () => void;
  /** Absent until the speech has loaded. */
  onSaveVersion: (() => void) | undefined;
  onFreeze: (() => void) | undefined;
  onOpen: (version: VersionSummary) => void;
  /** The version just made, to point it out. */
  latestId: string | null;
  onClose: () => void;
}

function VersionRow({ version, latest, onOpen }: { version: VersionSummary; latest: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <li className={latest ? 'version-row version-row-latest' : 'version-row'} data-testid="version-row" data-kind={version.kind} data-version-id={version.id}>
      <div className="version-row-head">
        <span className={`version-kind version-kind-${version.kind}`}>{t(`versions.kinds.${version.kind}`)}</span>
        <span className="version-name">{version.name}</span>
      </div>
      <p className="version-meta">
        <ChangeTime iso={version.createdAt} relative={false} />
        <span aria-hidden="true"> · </span>
        {t('versions.by', { who: version.createdBy })}
      </p>
      {version.kind === 'frozen' && (
        <p className={version.unresolved > 0 ? 'version-unresolved' : 'version-complete'} data-testid="version-unresolved" data-count={version.unresolved}>
          {version.unresolved > 0 ? t('versions.unresolved', { count: version.unresolved }) : t('versions.complete')}
        </p>
      )}
      <button type="button" className="button" onClick={onOpen} data-testid="open-version" aria-label={t('versions.openNamed', { name: version.name })}>
        {t('versions.open')}
      </button>
    </li>
  );
}

/** 版本: the speech's named, automatic and frozen versions, newest first; each opens read-only. */
export function VersionsPanel({ state, onRetry, onSaveVersion, onFreeze, onOpen, latestId, onClose }: VersionsPanelProps) {
  const { t } = useTranslation();
  return (
    <SidePanel title={t('versions.title')} closeLabel={t('versions.close')} onClose={onClose} testId="versions-panel">
      <div className="version-actions">
        <button type="button" className="button" disabled={!onSaveVersion} onClick={onSaveVersion} data-testid="save-version">
          {t('versions.saveVersion')}
        </button>
        <button type="button" className="button button-primary" disabled={!onFreeze} onClick={onFreeze} data-testid="panel-freeze">
          {t('versions.freeze')}
        </button>
      </div>
      {state.status === 'loading' && (
        <p className="side-panel-intro" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} context={t('versions.loadFailed')} onRetry={onRetry} />}
      {state.status === 'ready' &&
        (state.versions.length === 0 ? (
          <p className="side-panel-intro">{t('versions.none')}</p>
        ) : (
          <ol className="version-list" aria-label={t('versions.listLabel')}>
            {state.versions.map((version) => (
              <VersionRow key={version.id} version={version} latest={version.id === latestId} onOpen={() => onOpen(version)} />
            ))}
          </ol>
        ))}
    </SidePanel>
  );
}
