/**
 * What the Electron preload puts on `window.speechdesk` (see electron/preload.ts and docs/desktop.md).
 * Types only: the renderer declares `window.speechdesk?: DesktopApi` and must work without it in a browser.
 */

/** File types the desktop dialogs offer; each maps to one extension of the same name. */
export type DesktopFileKind = 'docx' | 'txt' | 'pdf' | 'md';

export interface OpenFileOptions {
  /** Which kinds the dialog offers; at least one. */
  kinds: readonly DesktopFileKind[];
  /** Dialog title; the desktop's default when absent. */
  title?: string;
}

/** A file the user picked, read by the main process because the sandboxed renderer cannot read paths. */
export interface OpenedFile {
  /** File name without its folder. */
  name: string;
  kind: DesktopFileKind;
  data: Uint8Array;
}

export interface SaveFileOptions {
  kind: DesktopFileKind;
  /** File name offered in the dialog, e.g. the speech title; the extension is added when missing. */
  suggestedName: string;
  data: Uint8Array;
}

export interface PrintToPdfOptions {
  /** File name offered in the save dialog; `.pdf` is added when missing. */
  suggestedName: string;
}

/** Outcome of a save dialog: the user may cancel; `fileName` is the chosen name without its folder. */
export type SaveResult = { saved: false } | { saved: true; fileName: string };

export interface DesktopApi {
  /** Origin of the local host, e.g. http://127.0.0.1:51234 */
  readonly hostUrl: string;
  /** Bearer token of this launch's host. */
  readonly token: string;
  /** Resolves to null when the user cancels. */
  openFile(options: OpenFileOptions): Promise<OpenedFile | null>;
  saveFile(options: SaveFileOptions): Promise<SaveResult>;
  /** Prints the current page to an A4 PDF with the official document margins and asks where to save it. */
  printToPDF(options: PrintToPdfOptions): Promise<SaveResult>;
  /** Tells the main process how many local changes the host has not acknowledged, so that quitting warns. */
  reportUnsyncedChanges(count: number): void;
  /**
   * 连接团队服务器: opens an invitation link (http(s), `#/doc/<id>?token=…`, common/invitations.ts) in a window
   * of its own that stays on that server; rejects a link that is not one.
   */
  openTeamWindow(url: string): Promise<void>;
}
