import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../host/api-error';

interface ErrorMessageProps {
  error: unknown;
  /** Names what failed, e.g. "could not rename". */
  context?: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A failed request in words: a translated sentence for the error code, with the host's own message as detail. */
export function ErrorMessage({ error, context, onRetry, onDismiss }: ErrorMessageProps) {
  const { t } = useTranslation();
  const code = error instanceof ApiRequestError ? error.code : 'unknown';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-message" role="alert" data-testid="error-message" data-error-code={code}>
      <p className="error-summary">
        {context && <strong>{context} </strong>}
        {t(`errors.${code}`)}
      </p>
      {detail && <p className="error-detail">{detail}</p>}
      <div className="error-actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
        {onDismiss && (
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            {t('common.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
