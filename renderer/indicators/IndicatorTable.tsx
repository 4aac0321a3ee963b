import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorWithObservations, Observation } from '../../common/indicators';
import type { IndicatorsClient } from '../host/indicators-client';
import { FigureEditor } from './FigureEditor';
import { IndicatorRow } from './IndicatorRow';

export const COLUMN_COUNT = 9;

interface IndicatorTableProps {
  client: IndicatorsClient;
  indicators: IndicatorWithObservations[];
  busy: boolean;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onSaved: (indicator: IndicatorWithObservations, observation: Observation) => void;
  onOpen: (indicator: IndicatorWithObservations) => void;
  onRename: (indicator: IndicatorWithObservations) => void;
  onDelete: (indicator: IndicatorWithObservations) => void;
}

/** The store as a table, one indicator a row; the figure editor opens as a full-width row under its indicator. */
export function IndicatorTable({ client, indicators, busy, editingId, onEdit, onSaved, onOpen, onRename, onDelete }: IndicatorTableProps) {
  const { t } = useTranslation();
  return (
    <table className="speech-table indicator-table" aria-label={t('indicators.listLabel')} aria-busy={busy} data-testid="indicator-table">
      <thead>
        <tr>
          <th scope="col">{t('indicators.columns.name')}</th>
          <th scope="col">{t('indicators.columns.category')}</th>
          <th scope="col">{t('indicators.columns.unit')}</th>
          <th scope="col" className="cell-figure">
            {t('indicators.columns.value')}
          </th>
          <th scope="col" className="cell-figure">
            {t('indicators.columns.rank')}
          </th>
          <th scope="col" className="cell-figure">
            {t('indicators.columns.target')}
          </th>
          <th scope="col">{t('indicators.columns.source')}</th>
          <th scope="col">{t('indicators.columns.changed')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('indicators.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <Fragment key={indicator.id}>
            <IndicatorRow
              indicator={indicator}
              editing={editingId === indicator.id}
              onOpen={() => onOpen(indicator)}
              onEdit={() => onEdit(editingId === indicator.id ? null : indicator.id)}
              onRename={() => onRename(indicator)}
              onDelete={() => onDelete(indicator)}
            />
            {editingId === indicator.id && (
              <tr className="figure-editor-row">
                <td colSpan={COLUMN_COUNT}>
                  <FigureEditor client={client} indicator={indicator} onSaved={(observation) => onSaved(indicator, observation)} onCancel={() => onEdit(null)} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
