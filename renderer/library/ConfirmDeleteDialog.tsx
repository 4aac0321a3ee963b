import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../app/ConfirmDialog';

interface ConfirmDeleteDialogProps {
  title: string;
  /** Deletes for good and closes the dialog; a failure stays shown in it. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Deleting for good cannot be undone, so it is asked once more. */
export function ConfirmDeleteDialog({ title, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('trash.confirm.title')}
      body={t('trash.confirm.body', { title })}
      confirmLabel={t('trash.confirm.confirm')}
      danger
      action={onConfirm}
      failureContext={t('library.failed.deleteForGood')}
      onCancel={onCancel}
      testId="confirm-delete"
      confirmTestId="confirm-delete-forever"
    />
  );
}
