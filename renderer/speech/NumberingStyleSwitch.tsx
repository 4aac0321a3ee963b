import { useTranslation } from 'react-i18next';
import { NUMBERING_STYLES, type NumberingStyle } from '../../common/numbering-style';

interface NumberingStyleSwitchProps {
  value: NumberingStyle | null;
  onChange: (style: NumberingStyle) => void;
  /** Shown but not changeable (a reader's view). */
  disabled?: boolean;
}

/** 讲话 (一、 1、 （1）) or 公文 (一、 （一） 1. （1）): a per-speech setting shared with every co-editor. */
export function NumberingStyleSwitch({ value, onChange, disabled = false }: NumberingStyleSwitchProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented" disabled={disabled || value === null} data-testid="numbering-style">
      <legend className="visually-hidden">{t('numbering.label')}</legend>
      {NUMBERING_STYLES.map((style) => (
        <label key={style} className="segment" title={t(`numbering.${style}.hint`)}>
          <input type="radio" name="numbering-style" value={style} checked={value === style} onChange={() => onChange(style)} />
          <span>{t(`numbering.${style}.name`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
