import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

interface MissingTokenScreenProps {
  origin: string;
  /** 'missing': opened without a token; 'rejected': the host refused the one it was given; 'ended': an invitation revoked or expired. */
  reason: 'missing' | 'rejected' | 'ended';
}

/** Explains how to open the app when it cannot reach its host's data: the address the host printed carries the token. */
export function MissingTokenScreen({ origin, reason }: MissingTokenScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="notice-screen" data-testid="missing-token">
      <div className="notice-card">
        <div className="notice-card-head">
          <span className="brand">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <h1 className="notice-title">{t(`host.${reason}.title`)}</h1>
        <p>{t(`host.${reason}.body`)}</p>
        {reason !== 'ended' && (
          <ol className="notice-steps">
            <li>{t('host.steps.start')}</li>
            <li>
              {t('host.steps.open')}
              <code className="notice-url">{`${origin}/#token=…`}</code>
            </li>
            <li>{t('host.steps.desktop')}</li>
          </ol>
        )}
      </div>
    </main>
  );
}
