import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportCommitResult, ImportPreview } from '../../common/indicators';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { IndicatorFile, IndicatorsClient } from '../host/indicators-client';
import { ColumnMappingForm } from './ColumnMappingForm';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportFileButton } from './ImportFileButton';
import { canCommit, errorsInSheetOrder, needsMapping } from './import-flow';
import { ImportRowsTable } from './ImportRowsTable';

interface ImportDialogProps {
  client: IndicatorsClient;
  /** Called after a commit wrote the file, so the table reloads. */
  onImported: (result: ImportCommitResult) => void;
  onClose: () => void;
}

/**
 * 导入指标: choose a CSV or XLSX file, see what the host read and every problem by row and column before anything
 * is written, say which column is which when the header is not the canonical one, then commit once no error is left.
 */
export function ImportDialog({ client, onImported, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<IndicatorFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [editingMapping, setEditingMapping] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ context: string; error: unknown } | null>(null);

  async function step<T>(context: string, task: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setFailure(null);
    try {
      return await task();
    } catch (error) {
      setFailure({ context, error });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function previewWith(chosen: IndicatorFile, chosenMapping: ColumnMapping | undefined) {
    const next = await step(t('indicators.failed.preview'), () => client.previewImport(chosen, chosenMapping));
    if (!next) return;
    setPreview(next);
    setEditingMapping(needsMapping(next));
  }

  async function choose(read: () => Promise<IndicatorFile>) {
    const chosen = await step(t('indicators.failed.read'), read);
    if (!chosen) return;
    setFile(chosen);
    setResult(null);
    // A new file keeps the mapping: a fixed version of the same sheet has the same headers.
    await previewWith(chosen, mapping);
  }

  async function applyMapping(next: ColumnMapping) {
    if (!file) return;
    setMapping(next);
    await previewWith(file, next);
  }

  async function commit() {
    if (!file) return;
    const written = await step(t('indicators.failed.commit'), () => client.commitImport(file, mapping));
    if (!written) return;
    setResult(written);
    onImported(written);
  }

  const errors = preview ? errorsInSheetOrder(preview) : [];
  const counts = preview && {
    rows: preview.rows.length,
    new: preview.rows.filter((row) => row.change === 'new').length,
    changed: preview.rows.filter((row) => row.change === 'changed').length,
    unchanged: preview.rows.filter((row) => row.change === 'unchanged').length,
  };

  return (
    <Modal role="dialog" title={t('indicators.import.title')} onCancel={busy ? undefined : onClose} size="wide" testId="indicator-import">
      <div className="import-body">
        {!file && <p className="modal-text">{t('indicators.import.intro')}</p>}
        {file && (
          <p className="import-file" data-testid="import-file-name">
            {t('indicators.import.file', { name: file.name })}
          </p>
        )}
        {failure && <ErrorMessage error={failure.error} context={failure.context} onDismiss={() => setFailure(null)} />}
        {result ? (
          <p className="import-result" role="status" data-testid="import-result">
            {t('indicators.import.written', {
              indicators: result.indicatorsCreated,
              created: result.observationsCreated,
              changed: result.observationsChanged,
              unchanged: result.observationsUnchanged,
            })}
          </p>
        ) : (
          preview &&
          counts && (
            <>
              <p className={errors.length > 0 ? 'import-summary import-summary-blocked' : 'import-summary'} role="status" data-testid="import-summary">
                {errors.length > 0
                  ? t(editingMapping ? 'indicators.import.blockedMapping' : 'indicators.import.blocked', { count: errors.length })
                  : t('indicators.import.ready', counts)}
              </p>
              {errors.length > 0 && <ImportErrorTable errors={errors} />}
              {editingMapping ? (
                <ColumnMappingForm key={JSON.stringify(preview.columns)} columns={preview.columns} busy={busy} onApply={(next) => void applyMapping(next)} />
              ) : (
                preview.columns.length > 0 && (
                  <button type="button" className="button button-quiet button-small" onClick={() => setEditingMapping(true)} data-testid="mapping-open">
                    {t('indicators.import.openMapping')}
                  </button>
                )
              )}
              {preview.rows.length > 0 && <ImportRowsTable rows={preview.rows} />}
            </>
          )
        )}
      </div>
      <div className="modal-actions">
        {result ? (
          <button type="button" className="button button-primary" onClick={onClose} data-testid="import-done">
            {t('indicators.import.done')}
          </button>
        ) : (
          <>
            <ImportFileButton label={file ? t('indicators.import.chooseAgain') : t('indicators.import.choose')} primary={!file} busy={busy} onChosen={(read) => void choose(read)} />
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            {preview && (
              <button type="button" className="button button-primary" onClick={() => void commit()} disabled={busy || !canCommit(preview)} data-testid="import-commit">
                {preview.rows.length > 0 ? t('indicators.import.commit', { count: preview.rows.length }) : t('indicators.import.commitNothing')}
              </button>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
