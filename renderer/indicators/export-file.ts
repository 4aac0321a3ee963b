import type { IndicatorFileFormat } from '../../common/indicators';

const two = (n: number) => String(n).padStart(2, '0');

/** 指标库-20251009.csv: the stem is translated, the date is the writer's local day, so files sort by date. */
export function exportFileName(stem: string, format: IndicatorFileFormat, date: Date): string {
  return `${stem}-${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}.${format}`;
}

/**
 * Hands the file to the browser's (or Electron's) download. A plain link to the route cannot carry the bearer
 * token, hence fetch, a blob URL and a temporary link; the URL is released once the click has been handled.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
