import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, saveLanguage } from '../i18n/language';

/** Switches the interface language at once and remembers it for the next start. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        className="select"
        value={i18n.language}
        data-testid="language-switch"
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          saveLanguage(localStorage, language);
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
