import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '../../common/api';
import { titleProblem } from './title-validation';

interface RenameFieldProps {
  title: string;
  busy: boolean;
  onSave: (title: string) => void;
  onCancel: () => void;
}

/** Edits a title in place: Enter saves, Escape cancels; an invalid title is explained and never sent. */
export function RenameField({ title, busy, onSave, onCancel }: RenameFieldProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const problem = titleProblem(value);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problem !== null || busy) return;
    if (value.trim() === title) onCancel();
    else onSave(value.trim());
  }

  return (
    <form className="rename-form" onSubmit={submit} data-testid="rename-form">
      <input
        ref={input}
        className="text-input rename-input"
        value={value}
        aria-label={t('library.renameLabel')}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        disabled={busy}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button button-primary button-small" disabled={problem !== null || busy}>
        {t('common.save')}
      </button>
      <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </button>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {t(`library.titleProblem.${problem}`, { max: MAX_TITLE_LENGTH })}
        </p>
      )}
    </form>
  );
}
