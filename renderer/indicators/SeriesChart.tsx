import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit, Observation } from '../../common/indicators';
import { chartSeries, cumulativeName, type Series } from './chart-series';
import { ValueChart } from './ValueChart';

/** The chart with a choice of series when the indicator has figures of more than one kind of period. */
export function SeriesChart({ observations, unit }: { observations: Observation[]; unit: IndicatorUnit }) {
  const { t } = useTranslation();
  const all = chartSeries(observations);
  const [chosenId, setChosenId] = useState(all[0]?.id);
  const selectId = useId();
  const series = all.find((candidate) => candidate.id === chosenId) ?? all[0];
  const nameOf = (candidate: Series) =>
    candidate.kind.type === 'ytd' ? t('indicators.series.ytd', { name: cumulativeName(candidate.kind.through) }) : t(`indicators.series.${candidate.kind.type}`);
  if (!series) return <p className="detail-empty">{t('indicators.noFigures')}</p>;
  return (
    <div className="series-chart">
      <div className="series-head">
        <label className="field-label" htmlFor={selectId}>
          {t('indicators.chart.series')}
        </label>
        <select id={selectId} className="select" value={series.id} onChange={(event) => setChosenId(event.target.value)} disabled={all.length < 2} data-testid="chart-series">
          {all.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('indicators.chart.option', { name: nameOf(candidate), count: candidate.observations.length })}
            </option>
          ))}
        </select>
      </div>
      <ValueChart observations={series.observations} unit={unit} title={nameOf(series)} />
    </div>
  );
}
