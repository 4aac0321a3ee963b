import { useTranslation } from 'react-i18next';
import type { NumberingStyle } from '../../common/numbering-style';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { routeHash } from '../app/route';
import { NumberingStyleSwitch } from './NumberingStyleSwitch';

interface SpeechTopBarProps {
  title: string;
  numberingStyle: NumberingStyle | null;
  onNumberingStyle: (style: NumberingStyle) => void;
}

export function SpeechTopBar({ title, numberingStyle, onNumberingStyle }: SpeechTopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="speech-top-bar">
      <a className="back-link" href={routeHash({ screen: 'library' })} data-testid="back-to-library">
        <span aria-hidden="true">‹ </span>
        {t('speech.back')}
      </a>
      <h1 className="speech-top-title" data-testid="speech-title" title={title}>
        {title}
      </h1>
      <div className="speech-top-end">
        <span className="top-bar-caption" aria-hidden="true">
          {t('numbering.label')}
        </span>
        <NumberingStyleSwitch value={numberingStyle} onChange={onNumberingStyle} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
