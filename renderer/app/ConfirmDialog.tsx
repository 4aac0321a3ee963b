import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  /** The question in full: what the action changes and what is kept. */
  body: string;
  confirmLabel: string;
  /** For what cannot be undone: the confirm button is red instead of blue. */
  danger?: boolean;
  /**
   * The request, and what follows its success; the owner closes the dialog there. While it runs the dialog is
   * busy; when it throws, the failure is shown here and the dialog stays open to retry or cancel.
   */
  action: () => Promise<void>;
  /** Names what failed before the error's own words, e.g. "删除失败：". */
  failureContext: string;
  onCancel: () => void;
  testId: string;
  confirmTestId: string;
}

/**
 * Asks once more before an action that changes shared data. Cancel has the focus so that Enter is harmless.
 * While the request runs neither button, Escape nor the backdrop answers: cancelling then would not stop it.
 */
export function ConfirmDialog({ title, body, confirmLabel, danger = false, action, failureContext, onCancel, testId, confirmTestId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // The confirm button lost the focus when it was disabled; after a failure it goes back to the safe answer.
  useEffect(() => {
    if (failure !== null) cancel.current?.focus();
  }, [failure]);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal role="alertdialog" title={title} onCancel={busy ? undefined : onCancel} initialFocus={cancel} describedBy={bodyId} testId={testId}>
      <p id={bodyId} className="modal-text">
        {body}
      </p>
      {failure !== null && <ErrorMessage error={failure} context={failureContext} />}
      <div className="modal-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'button button-danger-solid' : 'button button-primary'}
          onClick={() => void confirm()}
          disabled={busy}
          aria-busy={busy}
          data-testid={confirmTestId}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
