import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readChosenFile } from '../library/choose-import-file';
import type { IndicatorFile } from '../host/indicators-client';

/** The file types the indicator import reads, for the file chooser. */
export const INDICATOR_FILE_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportFileButtonProps {
  label: string;
  busy: boolean;
  primary?: boolean;
  onChosen: (read: () => Promise<IndicatorFile>) => void;
}

/**
 * Picks a CSV or XLSX file with the file chooser (a hidden input, so the button looks like the others). The
 * desktop's openFile dialog is not used: its file kinds (common/desktop-api.ts) cover speeches, not sheets,
 * and Electron shows its native dialog for a file input as well.
 */
export function ImportFileButton({ label, busy, primary = false, onChosen }: ImportFileButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, fires change again.
    event.target.value = '';
    if (file) onChosen(() => readChosenFile(file));
  }

  return (
    <>
      <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={() => input.current?.click()} disabled={busy} data-testid="indicator-import-choose">
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={INDICATOR_FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('indicators.import.fileLabel')}
        onChange={picked}
        data-testid="indicator-import-input"
      />
    </>
  );
}
