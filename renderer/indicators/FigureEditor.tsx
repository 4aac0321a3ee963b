import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorWithObservations, Observation } from '../../common/indicators';
import { periodFromKey } from '../../common/period';
import { ErrorMessage } from '../app/ErrorMessage';
import { ApiRequestError, isAbortError } from '../host/api-error';
import type { IndicatorsClient } from '../host/indicators-client';
import { draftOf, fieldOfErrorPath, readFigureDraft, type FigureDraft, type FigureProblems } from './figure-draft';
import { FigureInput } from './FigureInput';

const OTHER_PERIOD = 'other';

interface FigureEditorProps {
  client: IndicatorsClient;
  indicator: IndicatorWithObservations;
  onSaved: (observation: Observation) => void;
  onCancel: () => void;
}

/** The year a period typed without one (前三季度) belongs to: the newest figure's, else this year. */
function defaultYearOf(indicator: IndicatorWithObservations): number {
  const latest = indicator.observations[0];
  return latest ? periodFromKey(latest.period).year : new Date().getFullYear();
}

/**
 * Edits the figures of one period in place, under the indicator's row: the newest period by default, any stored
 * period from the list (its figures fill the fields), or a new period typed as writers write it.
 */
export function FigureEditor({ client, indicator, onSaved, onCancel }: FigureEditorProps) {
  const { t } = useTranslation();
  const latest = indicator.observations[0];
  const [observations, setObservations] = useState<Observation[]>(indicator.observations);
  const [choice, setChoice] = useState(latest?.period ?? OTHER_PERIOD);
  const [periodText, setPeriodText] = useState('');
  const [draft, setDraft] = useState<FigureDraft>(() => draftOf(latest));
  const [problems, setProblems] = useState<FigureProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  // The list carries only the newest figure; the other periods come with the indicator itself.
  useEffect(() => {
    const controller = new AbortController();
    client.get(indicator.id, { signal: controller.signal }).then(
      (full) => setObservations(full.observations),
      (error: unknown) => {
        if (!isAbortError(error)) setFailure(error);
      },
    );
    return () => controller.abort();
  }, [client, indicator.id]);

  function choosePeriod(next: string) {
    setChoice(next);
    setProblems({});
    const stored = observations.find((observation) => observation.period === next);
    // A new period usually keeps who ranks it and where the figure comes from, not the figure itself.
    setDraft(stored ? draftOf(stored) : (current) => ({ ...current, value: '', rank: '', note: '' }));
  }

  const change = (field: keyof FigureDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const stored = observations.find((observation) => observation.period === choice);
    const read = readFigureDraft(stored ? stored.periodLabel : periodText, draft, defaultYearOf(indicator));
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    setFailure(null);
    setBusy(true);
    try {
      onSaved(await client.putObservation(indicator.id, read.period.key, read.values));
    } catch (error) {
      const field = error instanceof ApiRequestError ? fieldOfErrorPath(error.path) : undefined;
      if (field && error instanceof Error) setProblems({ [field]: { kind: 'host', message: error.message } });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="figure-editor"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      data-testid="figure-editor"
    >
      <h2 id={headingId} className="figure-editor-title">
        {t('indicators.edit.title', { name: indicator.name, unit: indicator.unit })}
      </h2>
      <div className="figure-fields">
        <div className="figure-field figure-field-period">
          <label className="field-label" htmlFor={`${headingId}-period`}>
            {t('indicators.edit.period')}
          </label>
          <select id={`${headingId}-period`} className="select" value={choice} onChange={(event) => choosePeriod(event.target.value)} data-testid="figure-period-choice">
            {observations.map((observation) => (
              <option key={observation.period} value={observation.period}>
                {observation.periodLabel}
              </option>
            ))}
            <option value={OTHER_PERIOD}>{t('indicators.edit.otherPeriod')}</option>
          </select>
        </div>
        {choice === OTHER_PERIOD && (
          <FigureInput
            label={t('indicators.edit.newPeriod')}
            value={periodText}
            onChange={setPeriodText}
            problem={problems.period}
            placeholder={t('indicators.edit.periodPlaceholder')}
            className="figure-field-period"
            testId="figure-period"
          />
        )}
        <FigureInput label={t('indicators.edit.value')} value={draft.value} onChange={change('value')} problem={problems.value} inputMode="decimal" testId="figure-value" />
        <FigureInput label={t('indicators.edit.rank')} value={draft.rank} onChange={change('rank')} problem={problems.rank} inputMode="numeric" className="figure-field-short" testId="figure-rank" />
        <FigureInput label={t('indicators.edit.rankOf')} value={draft.rankOf} onChange={change('rankOf')} problem={problems.rankOf} inputMode="numeric" className="figure-field-short" testId="figure-rank-of" />
        <FigureInput label={t('indicators.edit.target')} value={draft.target} onChange={change('target')} problem={problems.target} inputMode="decimal" testId="figure-target" />
        <FigureInput label={t('indicators.edit.source')} value={draft.source} onChange={change('source')} problem={problems.source} maxLength={200} className="figure-field-wide" testId="figure-source" />
        <FigureInput label={t('indicators.edit.note')} value={draft.note} onChange={change('note')} problem={problems.note} maxLength={500} className="figure-field-wide" testId="figure-note" />
      </div>
      {failure !== null && <ErrorMessage error={failure} context={t('indicators.failed.save')} onDismiss={() => setFailure(null)} />}
      <div className="figure-actions">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="figure-save">
          {busy ? t('indicators.edit.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
