import { useTranslation } from 'react-i18next';
import type { CollaborationUser } from '../editor/types';
import { useSnapshot, type SnapshotStore } from './snapshot-store';

const NOBODY: CollaborationUser[] = [];

/**
 * 字数, whether every change has reached the host (offline: how many have not), and who else is in the speech.
 * It follows the snapshot itself: it is what changes with every keystroke.
 */
export function StatusBar({ snapshots }: { snapshots: SnapshotStore }) {
  const { t, i18n } = useTranslation();
  const characters = useSnapshot(snapshots, (snapshot) => snapshot?.characters ?? 0);
  const saveState = useSnapshot(snapshots, (snapshot) => snapshot?.saveState ?? 'connecting');
  const peers = useSnapshot(snapshots, (snapshot) => snapshot?.peers ?? NOBODY);
  const unsynced = useSnapshot(snapshots, (snapshot) => (snapshot?.saveState === 'offline' ? snapshot.unsynced : 0));
  return (
    <footer className="status-bar" aria-label={t('status.label')} data-testid="status-bar">
      <span className="status-item" data-testid="status-characters">
        {t('status.characters', { count: characters, formatted: characters.toLocaleString(i18n.language) })}
      </span>
      <span
        className={`status-item save-state save-${saveState}`}
        role="status"
        data-testid="save-state"
        data-state={saveState}
        data-unsynced={unsynced}
        title={saveState === 'offline' ? t('status.offlineHint') : undefined}
      >
        <span className="save-dot" aria-hidden="true" />
        {unsynced > 0 ? t('status.unsynced', { count: unsynced }) : t(`status.save.${saveState}`)}
      </span>
      <span className="status-spacer" />
      <span className="status-item" data-testid="status-peers">
        {peers.length === 0 ? (
          t('status.alone')
        ) : (
          <>
            <span>{t('status.peers', { count: peers.length })}</span>
            <ul className="peer-list" aria-label={t('status.peerList')}>
              {peers.map((peer, index) => (
                <li key={`${peer.name}-${index}`} className="peer" title={peer.name}>
                  <span className="peer-dot" style={{ backgroundColor: peer.color }} aria-hidden="true" />
                  {peer.name}
                </li>
              ))}
            </ul>
          </>
        )}
      </span>
    </footer>
  );
}
