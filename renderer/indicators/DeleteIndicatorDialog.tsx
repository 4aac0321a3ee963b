import { useTranslation } from 'react-i18next';
import type { DeleteIndicatorResponse, Indicator } from '../../common/indicators';
import { ConfirmDialog } from '../app/ConfirmDialog';
import type { IndicatorsClient } from '../host/indicators-client';

interface DeleteIndicatorDialogProps {
  client: IndicatorsClient;
  indicator: Indicator;
  onDeleted: (result: DeleteIndicatorResponse) => void;
  onCancel: () => void;
}

/**
 * Deleting takes every figure and the history with it and leaves placeholders that named the indicator
 * unresolved, so it is asked once more.
 */
export function DeleteIndicatorDialog({ client, indicator, onDeleted, onCancel }: DeleteIndicatorDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('indicators.delete.title')}
      body={t('indicators.delete.body', { name: indicator.name })}
      confirmLabel={t('indicators.delete.confirm')}
      danger
      action={async () => onDeleted(await client.remove(indicator.id))}
      failureContext={t('indicators.failed.delete')}
      onCancel={onCancel}
      testId="delete-indicator"
      confirmTestId="delete-indicator-confirm"
    />
  );
}
