import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../common/versions';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';

interface RestoreVersionDialogProps {
  version: VersionSummary;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Restoring changes everyone's text, so it is asked once; it says what is kept so nobody fears losing work. */
export function RestoreVersionDialog({ version, onConfirm, onCancel }: RestoreVersionDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal role="alertdialog" title={t('versions.restore.title', { name: version.name })} onCancel={onCancel} initialFocus={cancel} describedBy={bodyId} testId="restore-version">
      <p id={bodyId} className="modal-text">
        {t('versions.restore.body', { name: version.name })}
      </p>
      {failure !== null && <ErrorMessage error={failure} context={t('versions.restore.failed')} />}
      <div className="modal-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={confirm} disabled={busy} data-testid="confirm-restore">
          {t('versions.restore.confirm')}
        </button>
      </div>
    </Modal>
  );
}
