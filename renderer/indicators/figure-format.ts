/** Figures as the table shows them: the reader's digit grouping, and no more decimals than were entered. */
export function formatFigure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}
