import { useState } from 'react';
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
  /** Compares `older` with `newer`, or with the current text when `newer` is null. */
  onCompare: (older: VersionSummary, newer: VersionSummary | null) => void;
  /** Absent until the speech has loaded. */
  onRestore: ((version: VersionSummary) => void) | undefined;
  /** The restore just made, with what undoes it. */
  restored: { name: string; onUndo: () => Promise<void> } | null;
  /** The version just made, to point it out. */
  latestId: string | null;
  onClose: () => void;
}

interface VersionRowProps {
  version: VersionSummary;
  latest: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
  onCompare: () => void;
  onRestore: (() => void) | undefined;
}

function VersionRow({ version, latest, selected, onSelect, onOpen, onCompare, onRestore }: VersionRowProps) {
  const { t } = useTranslation();
  const name = version.kind === 'auto' ? t('versions.autoName') : version.name;
  return (
    <li className={latest ? 'version-row version-row-latest' : 'version-row'} data-testid="version-row" data-kind={version.kind} data-version-id={version.id} data-name={version.name}>
      <div className="version-row-head">
        <input type="checkbox" className="version-select" checked={selected} onChange={(event) => onSelect(event.target.checked)} aria-label={t('versions.select', { name })} data-testid="select-version" />
        <span className={`version-kind version-kind-${version.kind}`}>{t(`versions.kinds.${version.kind}`)}</span>
        <span className="version-name">{name}</span>
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
      <div className="version-row-actions">
        <button type="button" className="button" onClick={onOpen} data-testid="open-version" aria-label={t('versions.openNamed', { name })}>
          {t('versions.open')}
        </button>
        <button type="button" className="button" onClick={onCompare} data-testid="compare-current" aria-label={t('versions.compareCurrentNamed', { name })}>
          {t('versions.compareCurrent')}
        </button>
        <button type="button" className="button" disabled={!onRestore} onClick={onRestore} data-testid="restore-version" aria-label={t('versions.restoreNamed', { name })}>
          {t('versions.restoreAction')}
        </button>
      </div>
    </li>
  );
}

/**
 * 版本: the speech's named, automatic and frozen versions, newest first. Each opens read-only, compares with the
 * current text or is restored; two ticked versions compare with each other.
 */
export function VersionsPanel({ state, onRetry, onSaveVersion, onFreeze, onOpen, onCompare, onRestore, restored, latestId, onClose }: VersionsPanelProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  const [undoFailure, setUndoFailure] = useState<unknown>(null);
  const versions = state.status === 'ready' ? state.versions : [];
  // The list is newest first: the later of the two ticked is the newer text.
  const picked = versions.filter((version) => selected.includes(version.id));
  const [newer, older] = picked;
  const select = (id: string, on: boolean) => setSelected((current) => (on ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));

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
      {restored && (
        <div className="version-restored" role="status" data-testid="version-restored">
          <span>{t('versions.restore.done', { name: restored.name })}</span>
          <button type="button" className="button" onClick={() => restored.onUndo().then(() => setUndoFailure(null), setUndoFailure)} data-testid="undo-restore">
            {t('versions.restore.undo')}
          </button>
        </div>
      )}
      {undoFailure !== null && <ErrorMessage error={undoFailure} context={t('versions.restore.failed')} />}
      {versions.length > 1 && (
        <div className="version-compare-bar">
          <span className="version-compare-hint">{t('versions.compareHint', { picked: picked.length })}</span>
          <button type="button" className="button" disabled={!older || !newer} onClick={() => older && newer && onCompare(older, newer)} data-testid="compare-selected">
            {t('versions.compareSelected')}
          </button>
        </div>
      )}
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
              <VersionRow
                key={version.id}
                version={version}
                latest={version.id === latestId}
                selected={selected.includes(version.id)}
                onSelect={(on) => select(version.id, on)}
                onOpen={() => onOpen(version)}
                onCompare={() => onCompare(version, null)}
                onRestore={onRestore && (() => onRestore(version))}
              />
            ))}
          </ol>
        ))}
    </SidePanel>
  );
}
