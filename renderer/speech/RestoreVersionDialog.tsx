import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../common/versions';
import { ConfirmDialog } from '../app/ConfirmDialog';

interface RestoreVersionDialogProps {
  version: VersionSummary;
  /** Restores and closes the dialog; a failure stays shown in it. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Restoring changes everyone's text, so it is asked once; it says what is kept so nobody fears losing work. */
export function RestoreVersionDialog({ version, onConfirm, onCancel }: RestoreVersionDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('versions.restore.title', { name: version.name })}
      body={t('versions.restore.body', { name: version.name })}
      confirmLabel={t('versions.restore.confirm')}
      action={onConfirm}
      failureContext={t('versions.restore.failed')}
      onCancel={onCancel}
      testId="restore-version"
      confirmTestId="confirm-restore"
    />
  );
}
