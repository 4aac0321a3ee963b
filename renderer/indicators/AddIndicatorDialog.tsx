import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_UNITS, MAX_INDICATOR_NAME_LENGTH, type Indicator, type IndicatorUnit } from '../../common/indicators';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { IndicatorsClient } from '../host/indicators-client';
import { nameProblem } from './indicator-name';

interface AddIndicatorDialogProps {
  client: IndicatorsClient;
  /** Categories in use, offered as suggestions so that 经济 is not typed once as 经济运行. */
  categories: string[];
  onAdded: (indicator: Indicator) => void;
  onCancel: () => void;
}

/** 新建指标: name, unit from the closed list, category, description, and whether a rise is good news. */
export function AddIndicatorDialog({ client, categories, onAdded, onCancel }: AddIndicatorDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<IndicatorUnit>('%');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [higherIsBetter, setHigherIsBetter] = useState(true);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const id = useId();
  const problem = nameProblem(name);
  const showProblem = problem !== null && (tried || name !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (problem !== null || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      onAdded(await client.create({ name: name.trim(), unit, category: category.trim(), description: description.trim(), higherIsBetter }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal role="dialog" title={t('indicators.add.title')} onCancel={onCancel} testId="add-indicator">
      <form className="indicator-form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('indicators.add.name')}
          </label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            maxLength={MAX_INDICATOR_NAME_LENGTH + 10}
            placeholder={t('indicators.add.namePlaceholder')}
            aria-invalid={showProblem}
            aria-describedby={showProblem ? `${id}-name-error` : undefined}
            onChange={(event) => setName(event.target.value)}
            data-testid="add-indicator-name"
          />
          {showProblem && (
            <p id={`${id}-name-error`} className="field-error">
              {t(`indicators.nameProblem.${problem}`, { max: MAX_INDICATOR_NAME_LENGTH })}
            </p>
          )}
        </div>
        <div className="indicator-form-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-unit`}>
              {t('indicators.add.unit')}
            </label>
            <select id={`${id}-unit`} className="select" value={unit} onChange={(event) => setUnit(event.target.value as IndicatorUnit)} data-testid="add-indicator-unit">
              {INDICATOR_UNITS.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-category`}>
              {t('indicators.add.category')}
            </label>
            <input id={`${id}-category`} className="text-input" value={category} maxLength={20} list={`${id}-categories`} onChange={(event) => setCategory(event.target.value)} data-testid="add-indicator-category" />
            <datalist id={`${id}-categories`}>
              {categories.map((choice) => (
                <option key={choice} value={choice} />
              ))}
            </datalist>
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-description`}>
            {t('indicators.add.description')}
          </label>
          <textarea id={`${id}-description`} className="text-input" rows={2} value={description} maxLength={500} onChange={(event) => setDescription(event.target.value)} data-testid="add-indicator-description" />
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={higherIsBetter} onChange={(event) => setHigherIsBetter(event.target.checked)} data-testid="add-indicator-higher" />
          <span>{t('indicators.add.higherIsBetter')}</span>
        </label>
        {failure !== null && <ErrorMessage error={failure} context={t('indicators.failed.add')} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="add-indicator-save">
            {t('indicators.add.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
