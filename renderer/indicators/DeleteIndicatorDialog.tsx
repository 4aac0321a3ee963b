import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeleteIndicatorResponse, Indicator } from '../../common/indicators';
import { ErrorMessage } from '../app/ErrorMessage';
import { Modal } from '../app/Modal';
import type { IndicatorsClient } from '../host/indicators-client';

interface DeleteIndicatorDialogProps {
  client: IndicatorsClient;
  indicator: Indicator;
  onDeleted: (result: DeleteIndicatorResponse) => void;
  onCancel: () => void;
}

/**
 * Deleting takes every figure and the history with it and leaves placeholders that named the indicator
 * unresolved, so it is asked once more; Cancel has the focus so that Enter is harmless.
 */
export function DeleteIndicatorDialog({ client, indicator, onDeleted, onCancel }: DeleteIndicatorDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      onDeleted(await client.remove(indicator.id));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal role="alertdialog" title={t('indicators.delete.title')} onCancel={onCancel} initialFocus={cancel} describedBy={bodyId} testId="delete-indicator">
      <p id={bodyId} className="modal-text">
        {t('indicators.delete.body', { name: indicator.name })}
      </p>
      {failure !== null && <ErrorMessage error={failure} context={t('indicators.failed.delete')} />}
      <div className="modal-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger-solid" onClick={() => void confirm()} disabled={busy} data-testid="delete-indicator-confirm">
          {t('indicators.delete.confirm')}
        </button>
      </div>
    </Modal>
  );
}
