import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/Modal';

interface ConfirmDeleteDialogProps {
  title: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Deleting for good cannot be undone, so it is asked once more; Cancel has the focus so Enter is harmless. */
export function ConfirmDeleteDialog({ title, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  return (
    <Modal role="alertdialog" title={t('trash.confirm.title')} onCancel={onCancel} initialFocus={cancel} describedBy={bodyId} testId="confirm-delete">
      <p id={bodyId} className="modal-text">
        {t('trash.confirm.body', { title })}
      </p>
      <div className="modal-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger-solid" onClick={onConfirm} data-testid="confirm-delete-forever">
          {t('trash.confirm.confirm')}
        </button>
      </div>
    </Modal>
  );
}
