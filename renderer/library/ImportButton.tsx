import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseWithDesktop, IMPORT_ACCEPT, readChosenFile, type ChosenFile } from './choose-import-file';

interface ImportButtonProps {
  busy: boolean;
  /** Gets a way to read the chosen file (null when the writer cancels the desktop dialog), so that a failure to read it is reported like a failed import. */
  onImport: (read: () => Promise<ChosenFile | null>) => void;
}

/**
 * 导入: picks a .txt or .docx file, with the desktop's own dialog in Electron, else the browser's file chooser
 * (a hidden file input, so that the button looks like the others).
 */
export function ImportButton({ busy, onImport }: ImportButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const desktop = window.speechdesk;

  function choose() {
    if (desktop) onImport(() => chooseWithDesktop(desktop, t('import.dialogTitle')));
    else input.current?.click();
  }

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires change again.
    event.target.value = '';
    if (file) onImport(() => readChosenFile(file));
  }

  return (
    <>
      <button type="button" className="button" onClick={choose} disabled={busy} title={t('import.label')} data-testid="import-speech">
        {busy ? t('import.busy') : t('import.button')}
      </button>
      {!desktop && (
        <input ref={input} type="file" accept={IMPORT_ACCEPT} className="visually-hidden" tabIndex={-1} aria-label={t('import.label')} onChange={picked} data-testid="import-file-input" />
      )}
    </>
  );
}
