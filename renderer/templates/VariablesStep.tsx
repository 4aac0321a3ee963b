import { useTranslation } from 'react-i18next';
import type { NumberingStyle } from '../../common/numbering-style';
import { NumberingStyleSwitch } from '../speech/NumberingStyleSwitch';
import type { WizardVariable } from './wizard-variables';

interface VariablesStepProps {
  variables: readonly WizardVariable[];
  values: Readonly<Record<string, string>>;
  onValue: (key: string, value: string) => void;
  /** Required variables to mark, once the writer has tried to go on. */
  missing: ReadonlySet<string>;
  numberingStyle: NumberingStyle;
  onNumberingStyle: (style: NumberingStyle) => void;
}

/** Step 2 of the wizard: the meeting's details, the skeleton's own variables, and the numbering style. */
export function VariablesStep({ variables, values, onValue, missing, numberingStyle, onNumberingStyle }: VariablesStepProps) {
  const { t } = useTranslation();
  const groups = [
    { title: t('wizard.standardVariables'), members: variables.filter((variable) => variable.standard) },
    { title: t('wizard.ownVariables'), members: variables.filter((variable) => !variable.standard) },
  ].filter((group) => group.members.length > 0);
  return (
    <div className="wizard-variables">
      {groups.map((group) => (
        <fieldset key={group.title} className="variable-group">
          <legend className="variable-group-title">{group.title}</legend>
          {group.members.map((variable) => {
            const label = variable.standard ? t(`variables.labels.${variable.key}`) : (variable.label ?? variable.key);
            const invalid = missing.has(variable.key);
            const errorId = `wizard-variable-error-${variable.key}`;
            return (
              <div key={variable.key} className="field variable-field">
                <label className="field-label" htmlFor={`wizard-variable-${variable.key}`}>
                  {label}
                  <span className={variable.required ? 'field-required' : 'field-optional'}>{t(variable.required ? 'wizard.required' : 'wizard.optional')}</span>
                </label>
                <input
                  id={`wizard-variable-${variable.key}`}
                  className="text-input"
                  value={values[variable.key] ?? ''}
                  placeholder={variable.example ? t('wizard.example', { example: variable.example }) : undefined}
                  aria-required={variable.required}
                  aria-invalid={invalid}
                  aria-describedby={invalid ? errorId : undefined}
                  data-testid={`wizard-variable-${variable.key}`}
                  onChange={(event) => onValue(variable.key, event.target.value)}
                />
                {invalid && (
                  <p id={errorId} className="field-error">
                    {t('wizard.requiredMissing', { label })}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="field wizard-numbering">
        <span className="field-label">{t('wizard.numbering')}</span>
        <NumberingStyleSwitch value={numberingStyle} onChange={onNumberingStyle} />
      </div>
    </div>
  );
}
