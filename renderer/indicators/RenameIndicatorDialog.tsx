import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_INDICATOR_NAME_LENGTH, type Indicator, type UpdateIndicatorResponse } from '../../common/indicators';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { IndicatorsClient } from '../host/indicators-client';
import { nameProblem } from './indicator-name';

interface RenameIndicatorDialogProps {
  client: IndicatorsClient;
  indicator: Indicator;
  onRenamed: (result: UpdateIndicatorResponse) => void;
  onCancel: () => void;
}

/** Renaming also rewrites the placeholders in every speech that name the indicator; the dialog says so first. */
export function RenameIndicatorDialog({ client, indicator, onRenamed, onCancel }: RenameIndicatorDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(indicator.name);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const id = useId();
  const problem = nameProblem(name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problem !== null || busy) return;
    if (name.trim() === indicator.name) {
      onCancel();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onRenamed(await client.update(indicator.id, { name: name.trim() }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal role="dialog" title={t('indicators.rename.title', { name: indicator.name })} onCancel={onCancel} describedBy={`${id}-hint`} testId="rename-indicator">
      <form className="indicator-form" onSubmit={(event) => void submit(event)}>
        <p id={`${id}-hint`} className="modal-text">
          {t('indicators.rename.hint')}
        </p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('indicators.rename.name')}
          </label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
            data-testid="rename-indicator-name"
          />
          {problem && (
            <p id={`${id}-error`} className="field-error">
              {t(`indicators.nameProblem.${problem}`, { max: MAX_INDICATOR_NAME_LENGTH })}
            </p>
          )}
        </div>
        {failure !== null && <ErrorMessage error={failure} context={t('indicators.failed.rename')} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || problem !== null} data-testid="rename-indicator-save">
            {t('indicators.rename.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
