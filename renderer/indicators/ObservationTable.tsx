import { useTranslation } from 'react-i18next';
import type { Observation } from '../../common/indicators';
import { ChangeTime } from '../app/ChangeTime';
import { formatFigure } from './figure-format';
import { RankText } from './RankText';
import { ColumnHeaders } from '../app/ColumnHeaders';

/** Every stored period of one indicator, newest first, with all its figures. */
export function ObservationTable({ observations }: { observations: Observation[] }) {
  const { t, i18n } = useTranslation();
  const none = <span className="figure-missing">{t('indicators.none')}</span>;
  return (
    <table className="speech-table detail-table" aria-label={t('indicators.detail.observations')} data-testid="observation-table">
      <ColumnHeaders
        columns={[
          { label: t('indicators.columns.period') },
          { label: t('indicators.fields.value'), align: 'figure' },
          { label: t('indicators.columns.rank'), align: 'figure' },
          { label: t('indicators.columns.target'), align: 'figure' },
          { label: t('indicators.columns.source') },
          { label: t('indicators.columns.note') },
          { label: t('indicators.columns.changed') },
        ]}
      />
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
