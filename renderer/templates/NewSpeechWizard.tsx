import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateCatalog } from '../../common/api';
import { DEFAULT_NUMBERING_STYLE, type NumberingStyle } from '../../common/numbering-style';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { ApiClient } from '../host/api-client';
import { OutlinePreview } from './OutlinePreview';
import { SkeletonPicker, type SkeletonChoice } from './SkeletonPicker';
import { previewSections, skeletonSections } from './template-preview';
import { useTemplateCatalog } from './use-template-catalog';
import { VariablesStep } from './VariablesStep';
import { filledValues, missingRequired, wizardVariables } from './wizard-variables';

const STEPS = ['skeleton', 'variables', 'outline'] as const;
type Step = (typeof STEPS)[number];

interface NewSpeechWizardProps {
  api: ApiClient;
  onCreated: (documentId: string) => void;
  onCancel: () => void;
}

/**
 * 新建讲话稿: choose a skeleton (or a blank speech), fill in the meeting's details, check the outline that
 * will be created, create it on the host and open it.
 */
export function NewSpeechWizard({ api, onCreated, onCancel }: NewSpeechWizardProps) {
  const { t } = useTranslation();
  const { state, reload } = useTemplateCatalog(api);
  return (
    <Modal role="dialog" title={t('wizard.title')} onCancel={onCancel} testId="new-speech-wizard" size="wide">
      {state.status === 'loading' && (
        <p className="modal-text" role="status">
          {t('wizard.loading')}
        </p>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} context={t('wizard.loadFailed')} onRetry={reload} />}
      {state.status === 'ready' && <WizardSteps api={api} catalog={state.catalog} onCreated={onCreated} onCancel={onCancel} />}
      {state.status !== 'ready' && (
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </Modal>
  );
}

function WizardSteps({ api, catalog, onCreated, onCancel }: NewSpeechWizardProps & { catalog: TemplateCatalog }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('skeleton');
  const first = catalog.skeletons[0];
  const [choice, setChoice] = useState<SkeletonChoice>(first ? { kind: 'skeleton', id: first.id } : { kind: 'blank' });
  const [values, setValues] = useState<Record<string, string>>({});
  const [numberingStyle, setNumberingStyle] = useState<NumberingStyle>(DEFAULT_NUMBERING_STYLE);
  const [triedNext, setTriedNext] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const skeleton = choice.kind === 'skeleton' ? catalog.skeletons.find((candidate) => candidate.id === choice.id) : undefined;
  const variables = useMemo(() => (skeleton ? wizardVariables(skeleton) : []), [skeleton]);
  const missing = missingRequired(variables, values);
  const sections = skeleton ? skeletonSections(skeleton, catalog) : { templates: [], missing: [] };
  const preview = step === 'outline' ? previewSections(sections.templates, numberingStyle, filledValues(values)) : [];

  async function create() {
    setBusy(true);
    setFailure(null);
    try {
      const created = skeleton
        ? await api.createFromSkeleton({ skeletonId: skeleton.id, variables: filledValues(values), numberingStyle })
        : await api.createDocument({ numberingStyle });
      onCreated(created.id);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (step === 'skeleton') {
      if (skeleton) setStep('variables');
      else void create();
    } else if (step === 'variables') {
      setTriedNext(true);
      if (missing.length === 0) setStep('outline');
      else document.getElementById(`wizard-variable-${missing[0]?.key ?? ''}`)?.focus();
    } else {
      void create();
    }
  }

  const stepIndex = STEPS.indexOf(step);
  const primary = step === 'outline' ? t('wizard.create') : step === 'skeleton' && !skeleton ? t('wizard.createBlank') : t('wizard.next');

  return (
    <form className="wizard" onSubmit={submit} noValidate data-step={step}>
      <ol className="wizard-steps" aria-label={t('wizard.stepsLabel')}>
        {STEPS.map((name, index) => (
          <li key={name} className={index <= stepIndex ? 'wizard-step wizard-step-done' : 'wizard-step'} aria-current={name === step ? 'step' : undefined}>
            <span className="wizard-step-number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`wizard.steps.${name}`)}
          </li>
        ))}
      </ol>
      <div className="wizard-body">
        {step === 'skeleton' && <SkeletonPicker catalog={catalog} choice={choice} onChoose={setChoice} />}
        {step === 'variables' && (
          <VariablesStep
            variables={variables}
            values={values}
            onValue={(key, value) => setValues((previous) => ({ ...previous, [key]: value }))}
            missing={new Set(triedNext ? missing.map((variable) => variable.key) : [])}
            numberingStyle={numberingStyle}
            onNumberingStyle={setNumberingStyle}
          />
        )}
        {step === 'outline' && (
          <>
            <p className="modal-text">{t('wizard.outlineHint')}</p>
            {sections.missing.length > 0 && (
              <p className="field-error" role="alert">
                {t('wizard.missingSections', { ids: sections.missing.join('、') })}
              </p>
            )}
            <OutlinePreview sections={preview} />
          </>
        )}
      </div>
      {failure !== null && <ErrorMessage error={failure} context={t('wizard.failed')} />}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {stepIndex > 0 && (
          <button type="button" className="button" onClick={() => setStep(STEPS[stepIndex - 1] ?? 'skeleton')} data-testid="wizard-back">
            {t('wizard.back')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy} data-testid="wizard-next">
          {primary}
        </button>
      </div>
    </form>
  );
}
