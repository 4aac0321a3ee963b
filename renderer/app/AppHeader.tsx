import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationUser } from '../editor/types';
import { LanguageSwitch } from './LanguageSwitch';
import type { Route } from './route';
import { ConnectTeamDialog } from './team/ConnectTeamDialog';

interface AppHeaderProps {
  screen: Extract<Route['screen'], 'library' | 'trash' | 'indicators'>;
  identity: CollaborationUser | null;
  onEditIdentity: () => void;
}

/** The library's title bar: the app's name, the switch between 文稿库, 回收站 and 指标库, who the user is, the language. */
export function AppHeader({ screen, identity, onEditIdentity }: AppHeaderProps) {
  const { t } = useTranslation();
  const [connecting, setConnecting] = useState(false);
  return (
    <header className="app-header">
      <span className="brand">{t('app.name')}</span>
      <nav className="view-tabs" aria-label={t('library.views')}>
        <a className="view-tab" href="#/" aria-current={screen === 'library' ? 'page' : undefined} data-testid="nav-library">
          {t('library.title')}
        </a>
        <a className="view-tab" href="#/trash" aria-current={screen === 'trash' ? 'page' : undefined} data-testid="nav-trash">
          {t('trash.title')}
        </a>
        <a className="view-tab" href="#/indicators" aria-current={screen === 'indicators' ? 'page' : undefined} data-testid="nav-indicators">
          {t('indicators.title')}
        </a>
      </nav>
      <div className="app-header-end">
        <button type="button" className="button" onClick={() => setConnecting(true)} data-testid="connect-team">
          {t('team.button')}
        </button>
        {identity && (
          <button type="button" className="identity-button" onClick={onEditIdentity} title={t('identity.changeTitle')} data-testid="identity-button">
            <span className="identity-dot" style={{ backgroundColor: identity.color }} aria-hidden="true" />
            <span>{identity.name}</span>
          </button>
        )}
        <LanguageSwitch />
      </div>
      {connecting && <ConnectTeamDialog onClose={() => setConnecting(false)} />}
    </header>
  );
}
