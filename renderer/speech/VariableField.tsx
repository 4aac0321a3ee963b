import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface VariableFieldProps {
  variableKey: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
}

/**
 * One document variable. The value is written when the field loses focus or on Enter, not per keystroke,
 * so that a half-composed IME word never reaches the co-editors' chips. While the field is not being edited
 * it follows the shared value (a co-editor may change it).
 */
export function VariableField({ variableKey, label, value, onCommit }: VariableFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const id = `setting-variable-${variableKey}`;

  useEffect(() => {
    if (document.activeElement !== input.current) setDraft(value);
  }, [value]);

  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };

  return (
    <div className="field variable-setting">
      <label className="field-label" htmlFor={id}>
        {label}
        {!value && <span className="unfilled-tag">{t('settings.unfilled')}</span>}
      </label>
      <input
        ref={input}
        id={id}
        className={value ? 'text-input' : 'text-input text-input-unfilled'}
        value={draft}
        data-testid={id}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) commit();
        }}
      />
    </div>
  );
}
