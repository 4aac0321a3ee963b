import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationUser } from '../../editor/types';
import { Modal } from '../Modal';
import { IDENTITY_COLORS, MAX_NAME_LENGTH, nameProblem, suggestColor } from './user-identity';

interface IdentityDialogProps {
  current: CollaborationUser | null;
  onSave: (identity: CollaborationUser) => void;
  /** Absent on first start: the others need a name to see at this user's cursor. */
  onCancel?: () => void;
}

/** Asks for the name and cursor colour the co-editors of a speech will see. */
export function IdentityDialog({ current, onSave, onCancel }: IdentityDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(current?.name ?? '');
  const [color, setColor] = useState(current?.color ?? suggestColor());
  const [touched, setTouched] = useState(false);
  const errorId = useId();
  const problem = nameProblem(name);
  const showProblem = touched && problem !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (problem === null) onSave({ name: name.trim(), color });
  }

  return (
    <Modal role="dialog" title={t(current ? 'identity.changeTitle' : 'identity.welcomeTitle')} onCancel={onCancel} testId="identity-dialog">
      <form className="identity-form" onSubmit={submit} noValidate>
        <p className="modal-text">{t('identity.intro')}</p>
        <label className="field">
          <span className="field-label">{t('identity.name')}</span>
          <input
            className="text-input"
            value={name}
            maxLength={MAX_NAME_LENGTH + 10}
            autoComplete="name"
            aria-invalid={showProblem}
            aria-describedby={showProblem ? errorId : undefined}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => setTouched(true)}
          />
        </label>
        {showProblem && (
          <p id={errorId} className="field-error" role="alert">
            {t(`identity.problem.${problem}`, { max: MAX_NAME_LENGTH })}
          </p>
        )}
        <fieldset className="color-choice">
          <legend className="field-label">{t('identity.color')}</legend>
          <div className="color-swatches">
            {IDENTITY_COLORS.map((option) => (
              <label key={option.hex} className="color-swatch" style={{ backgroundColor: option.hex }} title={t(`identity.colors.${option.name}`)}>
                <input
                  type="radio"
                  name="identity-color"
                  value={option.hex}
                  checked={color === option.hex}
                  aria-label={t(`identity.colors.${option.name}`)}
                  onChange={() => setColor(option.hex)}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <p className="identity-preview">
          <span className="identity-preview-label">{t('identity.preview')}</span>
          <span className="cursor-label" style={{ backgroundColor: color }}>
            {name.trim() || t('identity.namePlaceholder')}
          </span>
        </p>
        <div className="modal-actions">
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary">
            {t('identity.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
