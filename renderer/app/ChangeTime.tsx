import { useTranslation } from 'react-i18next';
import { formatChangeTime, formatDateTime } from '../i18n/format-time';
import { useNow } from './use-now';

/** A timestamp as a <time>, relative while recent; the full date and time sit in the tooltip. */
export function ChangeTime({ iso, relative = true }: { iso: string; relative?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const full = formatDateTime(iso, i18n.language);
  return (
    <time dateTime={iso} title={full}>
      {relative ? formatChangeTime(iso, now, i18n.language, t('time.justNow')) : full}
    </time>
  );
}
