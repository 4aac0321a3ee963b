import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../common/indicators';
import { ColumnHeaders } from '../app/ColumnHeaders';

/** Where a problem is, as the spreadsheet names the cell: 第38行 C列; a problem of a whole row names the row only. */
export function ImportErrorTable({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  return (
    <table className="speech-table import-error-table" aria-label={t('indicators.import.errorsLabel')} data-testid="import-errors">
      <ColumnHeaders
        columns={[{ label: t('indicators.import.where') }, { label: t('indicators.import.field') }, { label: t('indicators.import.problem') }]}
      />
      <tbody>
        {errors.map((error, index) => (
          <tr key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error" data-row={error.row} data-column={error.column ?? ''}>
            <th scope="row" className="import-cell-ref">
              {error.column === null ? t('indicators.import.row', { row: error.row }) : t('indicators.import.cell', { row: error.row, column: error.column })}
            </th>
            <td className="import-field">{error.field === null ? t('indicators.none') : t(`indicators.fields.${error.field}`)}</td>
            <td className="import-message">{error.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
