import { useTranslation } from 'react-i18next';
import { useAccess } from '../app/access/access';
import { LanguageSwitch } from '../app/LanguageSwitch';
import type { CollaborationUser } from '../editor/types';
import { RoleBadge } from './share/RoleBadge';
import { routeHash } from '../app/route';
import { MoreMenu, type MoreMenuItem } from './MoreMenu';
import { PanelIcon } from './PanelIcon';
import { SIDE_PANEL_ID, type SpeechPanel } from './PanelRail';

interface SpeechTopBarProps {
  title: string;
  panel: SpeechPanel;
  onPanel: (panel: SpeechPanel) => void;
  /** Absent until the speech has loaded. */
  onSaveTemplate: (() => void) | undefined;
  /** 定稿; absent until the speech has loaded. */
  onFreeze: (() => void) | undefined;
  /** 导出 (Word, PDF, Markdown, text); absent until the speech has loaded. */
  onExport: (() => void) | undefined;
  /** 打印 / PDF: the export dialog with PDF chosen; absent until the speech has loaded. */
  onPrint: (() => void) | undefined;
  /** Open comment threads; null until the speech has loaded. */
  openComments?: number | null;
  /** 分享 / 邀请 (the owner's); absent for everyone else. */
  onShare: (() => void) | undefined;
  identity: CollaborationUser;
  onEditIdentity: () => void;
}

/**
 * The speech's title with room to read it, and the few actions used every session (评论, 分享, 导出) one click
 * away; the panels live in the rail beside the page and the rare commands under 更多.
 */
export function SpeechTopBar({ title, panel, onPanel, onSaveTemplate, onFreeze, onExport, onPrint, openComments = null, onShare, identity, onEditIdentity }: SpeechTopBarProps) {
  const { t } = useTranslation();
  const access = useAccess();
  const more: MoreMenuItem[] = [
    ...(access.isOwner
      ? [
          { key: 'freeze', label: t('speech.moreMenu.freeze'), onSelect: () => onFreeze?.(), disabled: !onFreeze, testId: 'freeze' },
          { key: 'template', label: t('speech.moreMenu.saveTemplate'), onSelect: () => onSaveTemplate?.(), disabled: !onSaveTemplate, testId: 'open-save-template' },
        ]
      : []),
    { key: 'print', label: t('speech.moreMenu.print'), onSelect: () => onPrint?.(), disabled: !onPrint, testId: 'print' },
  ];
  return (
    <header className="speech-top-bar">
      {access.isOwner && (
        <a className="back-link" href={routeHash({ screen: 'library' })} data-testid="back-to-library">
          <span aria-hidden="true">‹ </span>
          {t('speech.back')}
        </a>
      )}
      <div className="speech-top-heading">
        <h1 className="speech-top-title" data-testid="speech-title" title={title}>
          {title}
        </h1>
        {access.role !== 'owner' && <RoleBadge role={access.role} />}
      </div>
      <div className="speech-top-end">
        <button
          type="button"
          className="button button-quiet top-comments"
          aria-pressed={panel === 'comments'}
          aria-controls={panel === 'comments' ? SIDE_PANEL_ID : undefined}
          onClick={() => onPanel(panel === 'comments' ? null : 'comments')}
          data-testid="top-comments"
        >
          <PanelIcon name="comments" />
          <span className="top-comments-label">{t('comments.toggle')}</span>
          {openComments !== null && openComments > 0 && (
            <span className="top-comments-count" data-testid="top-comments-count" data-count={openComments}>
              <span className="visually-hidden">{t('comments.badge', { count: openComments })}</span>
              <span aria-hidden="true">{openComments}</span>
            </span>
          )}
        </button>
        {onShare && (
          <button type="button" className="button button-primary" onClick={onShare} data-testid="share">
            {t('share.open')}
          </button>
        )}
        <button type="button" className="button" disabled={!onExport} onClick={onExport} data-testid="export">
          {t('speech.export')}
        </button>
        <MoreMenu label={t('speech.more')} items={more} testId="more-menu" />
        <span className="top-bar-divider" aria-hidden="true" />
        <button type="button" className="identity-button" onClick={onEditIdentity} title={t('identity.changeTitle')} data-testid="identity-button">
          <span className="identity-dot" style={{ backgroundColor: identity.color }} aria-hidden="true" />
          <span className="identity-name">{identity.name}</span>
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
