/**
 * When a speech last changed, in the reader's locale: relative while recent (刚刚, 5 分钟前, 3 小时前),
 * the locale's date and time after a day, because "32 天前" tells a writer less than a date does.
 * `justNow` is the app's own wording for the last minute: Intl says "现在", where Chinese UIs say "刚刚".
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatChangeTime(iso: string, now: Date, locale: string, justNow: string): string {
  const then = new Date(iso);
  const elapsed = now.getTime() - then.getTime();
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // Clocks of host and desktop may disagree by a little: a change "in the future" reads as just now.
  if (elapsed < MINUTE) return justNow;
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  return formatDateTime(iso, locale);
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
