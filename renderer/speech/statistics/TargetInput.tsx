import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TARGET_MINUTES, targetMinutes } from '../../../common/speaking-time';

interface TargetInputProps {
  /** The speech's shared target, which a co-editor may change while this one is open. */
  value: number | null;
  onChange: (minutes: number | null) => void;
}

/**
 * The target length in minutes. What is typed is kept as typed until it is a whole number of minutes (or empty,
 * which clears the target), so that half-typed input is never shared with co-editors.
 */
export function TargetInput({ value, onChange }: TargetInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const typed = draft.trim() === '' ? null : targetMinutes(Number(draft));
  const invalid = draft.trim() !== '' && typed === null;

  useEffect(() => {
    // A co-editor's change replaces what is shown, unless it is what this user typed already.
    setDraft((current) => (targetMinutes(Number(current)) === value && current.trim() !== '' ? current : value === null ? '' : String(value)));
  }, [value]);

  return (
    <div className="statistics-field">
      <label htmlFor={id}>{t('statistics.target.label')}</label>
      <span className="statistics-input-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TARGET_MINUTES}
          step={1}
          value={draft}
          placeholder={t('statistics.target.placeholder')}
          aria-invalid={invalid}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            const minutes = next.trim() === '' ? null : targetMinutes(Number(next));
            if (next.trim() === '' || minutes !== null) onChange(minutes);
          }}
          data-testid="statistics-target"
        />
        <span aria-hidden="true">{t('statistics.target.unit')}</span>
      </span>
      {invalid && (
        <p className="statistics-field-problem" role="alert">
          {t('statistics.target.invalid', { max: MAX_TARGET_MINUTES })}
        </p>
      )}
    </div>
  );
}
