import type { DesktopApi } from '../../common/desktop-api';

/** A file picked for import: its name (the host tells .txt from .docx by it) and its bytes. */
export interface ChosenFile {
  name: string;
  data: Uint8Array;
}

/** The file types import accepts, for the browser's file chooser. */
export const IMPORT_ACCEPT = '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** In Electron the main process shows its dialog and reads the file (the sandboxed renderer cannot). */
export async function chooseWithDesktop(desktop: DesktopApi, title: string): Promise<ChosenFile | null> {
  const opened = await desktop.openFile({ kinds: ['txt', 'docx'], title });
  return opened && { name: opened.name, data: opened.data };
}

/** Reads a file from the browser's chooser (FileReader: the one reading API every engine and jsdom share). */
export function readChosenFile(file: File): Promise<ChosenFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, data: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}
