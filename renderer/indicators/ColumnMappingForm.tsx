import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, importFieldSchema, REQUIRED_IMPORT_FIELDS, type ColumnMapping, type DetectedColumn } from '../../common/indicators';
import { mappingOfColumns } from './import-flow';

const IGNORED = '';

interface ColumnMappingFormProps {
  columns: DetectedColumn[];
  busy: boolean;
  onApply: (mapping: ColumnMapping) => void;
}

/** For a file in another layout: which field each of its columns holds (or none), then a new preview with that. */
export function ColumnMappingForm({ columns, busy, onApply }: ColumnMappingFormProps) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<ColumnMapping>(() => mappingOfColumns(columns));
  const id = useId();
  const named = columns.filter((column) => column.header !== '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(mapping);
  }

  return (
    <form className="column-mapping" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="column-mapping">
      <h3 id={`${id}-title`} className="detail-heading">
        {t('indicators.import.mappingTitle')}
      </h3>
      <p className="modal-text">{t('indicators.import.mappingHint')}</p>
      <div className="mapping-grid">
        {named.map((column) => (
          <div key={column.column} className="mapping-item">
            <label className="field-label" htmlFor={`${id}-${column.column}`}>
              {t('indicators.import.columnHeader', { column: column.column, header: column.header })}
            </label>
            <select
              id={`${id}-${column.column}`}
              className="select"
              value={mapping[column.header] ?? IGNORED}
              onChange={(event) => {
                const field = importFieldSchema.safeParse(event.target.value);
                setMapping((current) => ({ ...current, [column.header]: field.success ? field.data : null }));
              }}
              data-testid="mapping-select"
              data-header={column.header}
            >
              <option value={IGNORED}>{t('indicators.import.ignore')}</option>
              {IMPORT_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {REQUIRED_IMPORT_FIELDS.includes(field) ? t('indicators.import.required', { field: t(`indicators.fields.${field}`) }) : t(`indicators.fields.${field}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className="button" disabled={busy} data-testid="mapping-apply">
        {t('indicators.import.applyMapping')}
      </button>
    </form>
  );
}
