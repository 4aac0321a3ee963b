import { clampRate, DEFAULT_RATE } from '../../../common/speaking-time';

/**
 * A speaker's pace is a habit of the person preparing the speech, not of the speech: it is kept per user on this
 * machine, while the target length is shared with co-editors in the speech itself.
 */
const RATE_STORAGE_PREFIX = 'speechdesk.speakingRate.';

const storageKey = (user: string) => `${RATE_STORAGE_PREFIX}${user}`;

/** The user's saved rate, or the default; storage may be unavailable (private windows). */
export function loadRate(storage: Pick<Storage, 'getItem'> | undefined, user: string): number {
  try {
    const saved = storage?.getItem(storageKey(user));
    return saved ? clampRate(Number(saved)) : DEFAULT_RATE;
  } catch {
    return DEFAULT_RATE;
  }
}

export function saveRate(storage: Pick<Storage, 'setItem'> | undefined, user: string, rate: number): void {
  try {
    storage?.setItem(storageKey(user), String(clampRate(rate)));
  } catch {
    // Not remembering the pace costs the user one adjustment next time; the estimate itself still follows it.
  }
}
