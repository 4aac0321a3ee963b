import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationUser } from '../../editor/types';
import { Modal } from '../Modal';
import { IDENTITY_COLORS, MAX_NAME_LENGTH, nameProblem, parseHexColor, suggestColor, tooLightForLabel } from './user-identity';

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
  const [colorText, setColorText] = useState(current?.color ?? suggestColor());
  const [touched, setTouched] = useState(false);
  const errorId = useId();
  const colorErrorId = useId();
  const problem = nameProblem(name);
  const showProblem = touched && problem !== null;
  // The last valid colour stays in the preview while a hex code is being typed.
  const typedColor = parseHexColor(colorText);
  const [color, setColor] = useState(typedColor ?? '#1f6feb');
  const colorProblem = typedColor === null;

  function chooseColor(text: string) {
    setColorText(text);
    const parsed = parseHexColor(text);
    if (parsed) setColor(parsed);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (problem === null && typedColor !== null) onSave({ name: name.trim(), color: typedColor });
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
                  checked={typedColor === option.hex}
                  aria-label={t(`identity.colors.${option.name}`)}
                  onChange={() => chooseColor(option.hex)}
                />
              </label>
            ))}
          </div>
          <div className="color-custom">
            <label className="color-picker" title={t('identity.picker')}>
              <input type="color" value={color} aria-label={t('identity.picker')} onChange={(event) => chooseColor(event.target.value)} data-testid="identity-color-picker" />
            </label>
            <label className="color-hex">
              <span className="field-label">{t('identity.hex')}</span>
              <input
                className="text-input"
                value={colorText}
                maxLength={7}
                spellCheck={false}
                aria-invalid={colorProblem}
                aria-describedby={colorProblem ? colorErrorId : undefined}
                onChange={(event) => chooseColor(event.target.value)}
                data-testid="identity-hex"
              />
            </label>
          </div>
          {colorProblem ? (
            <p id={colorErrorId} className="field-error" role="alert">
              {t('identity.hexProblem')}
            </p>
          ) : (
            tooLightForLabel(color) && <p className="field-hint">{t('identity.tooLight')}</p>
          )}
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
          <button type="submit" className="button button-primary" disabled={colorProblem} data-testid="identity-save">
            {t(current ? 'common.save' : 'identity.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
