import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../common/desktop-api';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { Gap } from '../editor/types';
import { exportSpeech, type ExportedFile, type ExportFormat } from '../host/export-client';
import type { HostConnection } from '../host/host-connection';
import { printSpeech } from './print-speech';

type Choice = ExportFormat | 'pdf';
const CHOICES: readonly Choice[] = ['docx', 'pdf', 'md', 'txt'];
/** Enough of the list to find them; the 完整性 panel has them all. */
const GAPS_SHOWN = 8;

interface ExportDialogProps {
  documentId: string;
  title: string;
  connection: HostConnection;
  /** Placeholders still without a value: they stop an export until the writer allows them, highlighted. */
  gaps: readonly Gap[];
  desktop: DesktopApi | undefined;
  /** How many layout fields the speech sets differently from the GB/T 9704 defaults. */
  layoutChanges: number;
  /** Opens the speech's 版式 settings (the dialog closes); absent for a reader, who cannot change them. */
  onEditLayout: (() => void) | undefined;
  /** The format chosen when the dialog opens: Word from 导出, PDF from 更多 → 打印 / PDF. */
  initialChoice?: Choice;
  onClose: () => void;
}

/** Saves a file the browser way: a download of an object URL. */
function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart]));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** 导出: Word in the official layout, PDF through printing, Markdown or text. */
export function ExportDialog({ documentId, title, connection, gaps, desktop, layoutChanges, onEditLayout, initialChoice = 'docx', onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>(initialChoice);
  const [allowGaps, setAllowGaps] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const blocked = gaps.length > 0 && !allowGaps;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (blocked || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      if (choice === 'pdf') await printSpeech(title, desktop, () => window.print());
      else {
        const file = await exportSpeech(connection, documentId, choice, allowGaps);
        if (desktop) await desktop.saveFile({ kind: choice, suggestedName: file.fileName, data: file.data });
        else download(file);
      }
      onClose();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal role="dialog" title={t('export.title')} onCancel={onClose} testId="export-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="export-formats">
          <legend className="field-label">{t('export.format')}</legend>
          {CHOICES.map((option) => (
            <label key={option} className="export-format">
              <input type="radio" name="export-format" value={option} checked={choice === option} onChange={() => setChoice(option)} data-testid={`export-format-${option}`} />
              <span>{t(`export.formats.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        {(choice === 'docx' || choice === 'pdf') && (
          <p className="export-layout" data-testid="export-layout">
            <span>{layoutChanges > 0 ? t('export.layoutChanged', { count: layoutChanges }) : t('export.layoutDefault')}</span>
            {onEditLayout && (
              <button type="button" className="button button-quiet button-small" onClick={onEditLayout} data-testid="export-edit-layout">
                {t('export.editLayout')}
              </button>
            )}
          </p>
        )}
        {gaps.length > 0 && (
          <div className="export-gaps" role="alert" data-testid="export-gaps">
            <p>{t('export.gaps', { count: gaps.length })}</p>
            <ul>
              {gaps.slice(0, GAPS_SHOWN).map((gap) => (
                <li key={gap.pos}>
                  {gap.clipped.before && '…'}
                  {gap.before}
                  <mark>{gap.shows}</mark>
                  {gap.after}
                  {gap.clipped.after && '…'}
                </li>
              ))}
            </ul>
            <label className="export-allow">
              <input type="checkbox" checked={allowGaps} onChange={(event) => setAllowGaps(event.target.checked)} data-testid="export-allow-gaps" />
              <span>{t('export.allowGaps')}</span>
            </label>
          </div>
        )}
        {failure !== null && <ErrorMessage error={failure} context={t('export.failed')} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={blocked || busy} data-testid="export-submit">
            {t('export.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
