import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../common/indicators';
import { formatFigure } from './figure-format';
import { RankText } from './RankText';
import { ColumnHeaders } from '../app/ColumnHeaders';

/** The rows as the host read them, each with what committing it would do (新增, 修改, 不变). */
export function ImportRowsTable({ rows }: { rows: ImportRow[] }) {
  const { t, i18n } = useTranslation();
  const none = <span className="figure-missing">{t('indicators.none')}</span>;
  return (
    <div className="import-rows">
      <table className="speech-table" aria-label={t('indicators.import.rowsLabel')} data-testid="import-rows">
        <ColumnHeaders
          columns={[
            { label: t('indicators.import.rowNumber'), align: 'figure' },
            { label: t('indicators.fields.indicator') },
            { label: t('indicators.fields.period') },
            { label: t('indicators.fields.value'), align: 'figure' },
            { label: t('indicators.fields.unit') },
            { label: t('indicators.columns.rank'), align: 'figure' },
            { label: t('indicators.fields.target'), align: 'figure' },
            { label: t('indicators.fields.source') },
            { label: t('indicators.import.change') },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} data-testid="import-row" data-change={row.change}>
              <td className="cell-figure">{row.row}</td>
              <th scope="row">{row.indicator}</th>
              <td>{row.periodLabel}</td>
              <td className="cell-figure">{formatFigure(row.value, i18n.language)}</td>
              <td>{row.unit}</td>
              <td className="cell-figure">
                <RankText rank={row.rank} rankOf={row.rankOf} />
              </td>
              <td className="cell-figure">{row.target === null ? none : formatFigure(row.target, i18n.language)}</td>
              <td>{row.source ?? none}</td>
              <td>
                <span className={`change-badge change-${row.change}`}>{t(`indicators.import.changes.${row.change}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
