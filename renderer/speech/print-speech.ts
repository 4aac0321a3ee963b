import type { DesktopApi, SaveResult } from '../../common/desktop-api';

/**
 * Prints the open speech through renderer/styles/print.css, which lays it out as GB/T 9704 asks. The desktop
 * app saves a PDF with Electron's printToPDF (the main process asks where); a browser opens its print dialog,
 * where 另存为 PDF gives the same file.
 */
export async function printSpeech(title: string, desktop: DesktopApi | undefined, print: () => void): Promise<SaveResult | 'printed'> {
  if (desktop) return desktop.printToPDF({ suggestedName: title });
  print();
  return 'printed';
}
