import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberingStyle } from '../../common/numbering-style';
import { useAccess } from '../app/access/access';
import { LanguageSwitch } from '../app/LanguageSwitch';
import type { CollaborationUser } from '../editor/types';
import { RoleBadge } from './share/RoleBadge';
import { routeHash } from '../app/route';
import { NumberingStyleSwitch } from './NumberingStyleSwitch';

/** The panel beside the page, if any. */
export type SpeechPanel = 'gallery' | 'settings' | 'completeness' | 'versions' | 'checks' | 'statistics' | 'comments' | null;

interface SpeechTopBarProps {
  title: string;
  numberingStyle: NumberingStyle | null;
  onNumberingStyle: (style: NumberingStyle) => void;
  panel: SpeechPanel;
  onPanel: (panel: SpeechPanel) => void;
  /** Absent until the speech has loaded. */
  onSaveTemplate: (() => void) | undefined;
  /** 定稿; absent until the speech has loaded. */
  onFreeze: (() => void) | undefined;
  /** 导出 (Word, PDF, Markdown, text); absent until the speech has loaded. */
  onExport: (() => void) | undefined;
  /** Unresolved placeholders, slots and unset variables; null until the speech has loaded. */
  gapCount: number | null;
  /** Open comment threads; null until the speech has loaded. */
  openComments?: number | null;
  /** 分享 / 邀请 (the owner's); absent for everyone else. */
  onShare: (() => void) | undefined;
  identity: CollaborationUser;
  onEditIdentity: () => void;
}

export function SpeechTopBar({ title, numberingStyle, onNumberingStyle, panel, onPanel, onSaveTemplate, onFreeze, onExport, gapCount, openComments = null, onShare, identity, onEditIdentity }: SpeechTopBarProps) {
  const { t } = useTranslation();
  const access = useAccess();
  const toggle = (name: Exclude<SpeechPanel, null>, label: string, extra?: ReactNode) => (
    <button key={name} type="button" className="button panel-toggle" aria-pressed={panel === name} onClick={() => onPanel(panel === name ? null : name)} data-testid={`toggle-${name}`}>
      {label}
      {extra}
    </button>
  );
  return (
    <header className="speech-top-bar">
      {access.isOwner && (
        <a className="back-link" href={routeHash({ screen: 'library' })} data-testid="back-to-library">
          <span aria-hidden="true">‹ </span>
          {t('speech.back')}
        </a>
      )}
      <h1 className="speech-top-title" data-testid="speech-title" title={title}>
        {title}
      </h1>
      {access.role !== 'owner' && <RoleBadge role={access.role} />}
      <div className="speech-top-end">
        {access.isOwner && (
          <button type="button" className="button" disabled={!onSaveTemplate} onClick={onSaveTemplate} data-testid="open-save-template">
            {t('speech.panels.saveTemplate')}
          </button>
        )}
        {access.canEditText && (['gallery', 'settings'] as const).map((name) => toggle(name, t(`speech.panels.${name}`)))}
        {toggle(
          'completeness',
          t('completeness.toggle'),
          gapCount !== null && (
            <span className={gapCount > 0 ? 'gap-badge' : 'gap-badge gap-badge-done'} data-testid="gap-badge" data-count={gapCount}>
              <span className="visually-hidden">{t('completeness.badge', { count: gapCount })}</span>
              <span aria-hidden="true">{gapCount > 0 ? gapCount : '✓'}</span>
            </span>
          ),
        )}
        {toggle('versions', t('versions.toggle'))}
        {toggle('checks', t('checks.toggle'))}
        {toggle('statistics', t('statistics.toggle'))}
        {toggle(
          'comments',
          t('comments.toggle'),
          openComments !== null && openComments > 0 && (
            <span className="comment-badge" data-testid="comment-badge" data-count={openComments}>
              <span className="visually-hidden">{t('comments.badge', { count: openComments })}</span>
              <span aria-hidden="true">{openComments}</span>
            </span>
          ),
        )}
        <button type="button" className="button" disabled={!onExport} onClick={onExport} data-testid="export">
          {t('speech.export')}
        </button>
        {onShare && (
          <button type="button" className="button" onClick={onShare} data-testid="share">
            {t('share.open')}
          </button>
        )}
        {access.isOwner && (
          <button type="button" className="button button-primary" disabled={!onFreeze} onClick={onFreeze} data-testid="freeze">
            {t('versions.freeze')}
          </button>
        )}
        <span className="top-bar-caption" aria-hidden="true">
          {t('numbering.label')}
        </span>
        <NumberingStyleSwitch value={numberingStyle} onChange={onNumberingStyle} disabled={!access.canEditText} />
        <button type="button" className="identity-button" onClick={onEditIdentity} title={t('identity.changeTitle')} data-testid="identity-button">
          <span className="identity-dot" style={{ backgroundColor: identity.color }} aria-hidden="true" />
          <span className="identity-name">{identity.name}</span>
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
