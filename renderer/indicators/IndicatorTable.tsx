import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorWithObservations, Observation } from '../../common/indicators';
import type { IndicatorsClient } from '../host/indicators-client';
import { FigureEditor } from './FigureEditor';
import { IndicatorRow } from './IndicatorRow';
import { ColumnHeaders } from '../app/ColumnHeaders';

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
      <ColumnHeaders
        columns={[
          { label: t('indicators.columns.name') },
          { label: t('indicators.columns.category') },
          { label: t('indicators.columns.unit') },
          { label: t('indicators.columns.value'), align: 'figure' },
          { label: t('indicators.columns.rank'), align: 'figure' },
          { label: t('indicators.columns.target'), align: 'figure' },
          { label: t('indicators.columns.source') },
          { label: t('indicators.columns.changed') },
          { label: t('indicators.columns.actions'), hidden: true },
        ]}
      />
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
