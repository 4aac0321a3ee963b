import type { TFunction } from 'i18next';
import { minutesAndSeconds } from '../../../common/speaking-time';

/** A duration as the panel shows it: 32分10秒, or 45秒 under a minute. */
export function formatDuration(t: TFunction, seconds: number): string {
  const parts = minutesAndSeconds(seconds);
  return parts.minutes > 0 ? t('statistics.duration.minutes', parts) : t('statistics.duration.seconds', parts);
}
