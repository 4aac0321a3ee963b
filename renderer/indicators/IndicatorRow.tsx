import { useTranslation } from 'react-i18next';
import type { IndicatorWithObservations } from '../../common/indicators';
import { ChangeTime } from '../app/ChangeTime';
import { formatFigure } from './figure-format';
import { RankText } from './RankText';

interface IndicatorRowProps {
  indicator: IndicatorWithObservations;
  editing: boolean;
  onOpen: () => void;
  onEdit: () => void;
  onRename: () => void;
  onDelete: () => void;
}

/** One indicator with its newest figures; the name opens the detail, the actions edit, rename or delete. */
export function IndicatorRow({ indicator, editing, onOpen, onEdit, onRename, onDelete }: IndicatorRowProps) {
  const { t, i18n } = useTranslation();
  const latest = indicator.observations[0];
  const none = <span className="figure-missing">{t('indicators.none')}</span>;
  return (
    <tr className="indicator-row" data-testid="indicator-row" data-indicator={indicator.name}>
      <th scope="row" className="cell-indicator">
        <button type="button" className="indicator-link" onClick={onOpen} title={indicator.description || undefined} data-testid="indicator-open">
          {indicator.name}
        </button>
      </th>
      <td className="cell-category">{indicator.category || none}</td>
      <td className="cell-unit">{indicator.unit}</td>
      <td className="cell-figure" data-testid="indicator-value">
        {latest ? (
          <>
            <span className="figure-value">{formatFigure(latest.value, i18n.language)}</span>
            <span className="figure-period">{latest.periodLabel}</span>
          </>
        ) : (
          <span className="figure-missing">{t('indicators.noFigures')}</span>
        )}
      </td>
      <td className="cell-figure" data-testid="indicator-rank">
        {latest ? <RankText rank={latest.rank} rankOf={latest.rankOf} /> : none}
      </td>
      <td className="cell-figure" data-testid="indicator-target">
        {latest?.target != null ? formatFigure(latest.target, i18n.language) : none}
      </td>
      <td className="cell-source">{latest?.source ?? none}</td>
      <td className="cell-time">
        {latest ? (
          <>
            <ChangeTime iso={latest.changedAt} />
            <span className="changed-by">{latest.changedBy}</span>
          </>
        ) : (
          none
        )}
      </td>
      <td className="cell-actions">
        <div className="row-actions">
          <button type="button" className="button button-quiet button-small" onClick={onEdit} aria-expanded={editing} aria-label={t('indicators.actions.editFor', { name: indicator.name })} data-testid="indicator-edit">
            {t('indicators.actions.edit')}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={onRename} aria-label={t('indicators.actions.renameFor', { name: indicator.name })} data-testid="indicator-rename">
            {t('indicators.actions.rename')}
          </button>
          <button type="button" className="button button-quiet button-small button-danger" onClick={onDelete} aria-label={t('indicators.actions.deleteFor', { name: indicator.name })} data-testid="indicator-delete">
            {t('indicators.actions.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
