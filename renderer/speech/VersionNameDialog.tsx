import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VERSION_NAME_LENGTH } from '../../common/versions';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';

interface VersionNameDialogProps {
  /** frozen: 定稿; named: a named version of the speech as it is. */
  kind: 'frozen' | 'named';
  initialName: string;
  /** Gaps still open: 定稿 keeps them as their placeholder text, and says so first. */
  gaps: number;
  /** Makes the version; a rejection shows in the dialog. */
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
}

/** Asks for a version's name (定稿 or a named version) and makes it. */
export function VersionNameDialog({ kind, initialName, gaps, onSubmit, onCancel }: VersionNameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const missing = !name.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(name.trim());
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal role="dialog" title={t(`versions.dialog.${kind}.title`)} onCancel={onCancel} testId="version-name-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="modal-text">{t(`versions.dialog.${kind}.intro`)}</p>
        {kind === 'frozen' && gaps > 0 && (
          <p className="version-warning" role="alert" data-testid="freeze-gaps-warning">
            {t('versions.dialog.frozen.gaps', { count: gaps })}
          </p>
        )}
        <label className="field">
          <span className="field-label">{t('versions.dialog.name')}</span>
          <input
            className="text-input"
            value={name}
            maxLength={MAX_VERSION_NAME_LENGTH}
            aria-invalid={tried && missing}
            onChange={(event) => setName(event.target.value)}
            data-testid="version-name"
          />
        </label>
        {tried && missing && <p className="field-error">{t('versions.dialog.nameMissing')}</p>}
        {failure !== null && <ErrorMessage error={failure} context={t(`versions.dialog.${kind}.failed`)} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="version-name-submit">
            {t(`versions.dialog.${kind}.submit`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
