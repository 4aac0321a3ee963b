import { useTranslation } from 'react-i18next';
import type { Observation } from '../../common/indicators';
import { ChangeTime } from '../app/ChangeTime';
import { formatFigure } from './figure-format';
import { RankText } from './RankText';

/** Every stored period of one indicator, newest first, with all its figures. */
export function ObservationTable({ observations }: { observations: Observation[] }) {
  const { t, i18n } = useTranslation();
  const none = <span className="figure-missing">{t('indicators.none')}</span>;
  return (
    <table className="speech-table detail-table" aria-label={t('indicators.detail.observations')} data-testid="observation-table">
      <thead>
        <tr>
          <th scope="col">{t('indicators.columns.period')}</th>
          <th scope="col" className="cell-figure">
            {t('indicators.fields.value')}
          </th>
          <th scope="col" className="cell-figure">
            {t('indicators.columns.rank')}
          </th>
          <th scope="col" className="cell-figure">
            {t('indicators.columns.target')}
          </th>
          <th scope="col">{t('indicators.columns.source')}</th>
          <th scope="col">{t('indicators.columns.note')}</th>
          <th scope="col">{t('indicators.columns.changed')}</th>
        </tr>
      </thead>
      <tbody>
        {observations.map((observation) => (
          <tr key={observation.period} data-testid="observation-row">
            <th scope="row">{observation.periodLabel}</th>
            <td className="cell-figure">{formatFigure(observation.value, i18n.language)}</td>
            <td className="cell-figure">
              <RankText rank={observation.rank} rankOf={observation.rankOf} />
            </td>
            <td className="cell-figure">{observation.target === null ? none : formatFigure(observation.target, i18n.language)}</td>
            <td>{observation.source ?? none}</td>
            <td>{observation.note ?? none}</td>
            <td className="cell-time">
              <ChangeTime iso={observation.changedAt} relative={false} />
              <span className="changed-by">{observation.changedBy}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
