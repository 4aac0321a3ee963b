/**
 * The main-process side of window.speechdesk: file dialogs, PDF printing and team-server windows. Every call must come from the
 * top frame of a page on the host origin, and its arguments are parsed before anything happens, because a
 * compromised renderer could otherwise use these handlers to read or write any file.
 */
import { stat, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { DesktopFileKind, OpenedFile, SaveResult } from '../common/desktop-api';
import { dialogFilters, kindOfPath, suggestedFileName, withExtension } from './file-kinds';
import { IPC_CHANNELS } from './ipc-channels';
import type { ParsedInvitationLink } from '../common/invitations';
import { MAX_FILE_BYTES, openFileRequestSchema, openTeamWindowRequestSchema, printToPdfRequestSchema, saveFileRequestSchema, unsyncedChangesSchema } from './ipc-requests';
import { SPEECH_PDF_OPTIONS } from './pdf-options';
import type { MainStrings } from './strings';
import { isHostUrl } from './urls';

/** The window of a call from the host's top frame; throws for any other sender. */
function trustedWindow(event: IpcMainInvokeEvent | IpcMainEvent, hostOrigin: string): BrowserWindow {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null || !isHostUrl(frame.url, hostOrigin)) {
    throw new Error('speechdesk IPC refused: sender is not the host page');
  }
  const window = BrowserWindow.fromWebContents(event.sender);
  if (window === null) throw new Error('speechdesk IPC refused: sender has no window');
  return window;
}

async function saveWithDialog(window: BrowserWindow, strings: MainStrings, kind: DesktopFileKind, suggestedName: string, data: Uint8Array): Promise<SaveResult> {
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: join(app.getPath('documents'), suggestedFileName(suggestedName, kind)),
    filters: dialogFilters([kind], strings),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  const path = withExtension(choice.filePath, kind);
  await writeFile(path, data);
  return { saved: true, fileName: basename(path) };
}

export function registerIpc(
  hostOrigin: string,
  strings: MainStrings,
  onUnsyncedChanges: (count: number) => void,
  openTeamWindow: (link: ParsedInvitationLink) => void,
): void {
  // A one-way message: a throw here would reach no caller, so a refused one is only logged.
  ipcMain.on(IPC_CHANNELS.unsyncedChanges, (event, count: unknown) => {
    try {
      trustedWindow(event, hostOrigin);
      onUnsyncedChanges(unsyncedChangesSchema.parse(count));
    } catch (error) {
      console.error(String(error));
    }
  });

  ipcMain.handle(IPC_CHANNELS.openFile, async (event, request: unknown): Promise<OpenedFile | null> => {
    const window = trustedWindow(event, hostOrigin);
    const { kinds, title } = openFileRequestSchema.parse(request);
    const choice = await dialog.showOpenDialog(window, {
      ...(title === undefined ? {} : { title }),
      filters: dialogFilters(kinds, strings),
      properties: ['openFile'],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return null;
    // Linux dialogs let the user type any name past the filters.
    const kind = kindOfPath(path, kinds);
    if (kind === null) throw new Error(`not one of the offered file types: ${basename(path)}`);
    if ((await stat(path)).size > MAX_FILE_BYTES) throw new Error(`file larger than ${MAX_FILE_BYTES} bytes: ${basename(path)}`);
    return { name: basename(path), kind, data: new Uint8Array(await readFile(path)) };
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, request: unknown): Promise<SaveResult> => {
    const window = trustedWindow(event, hostOrigin);
    const { kind, suggestedName, data } = saveFileRequestSchema.parse(request);
    return saveWithDialog(window, strings, kind, suggestedName, data);
  });

  ipcMain.handle(IPC_CHANNELS.printToPdf, async (event, request: unknown): Promise<SaveResult> => {
    const window = trustedWindow(event, hostOrigin);
    const { suggestedName } = printToPdfRequestSchema.parse(request);
    const pdf = await event.sender.printToPDF(SPEECH_PDF_OPTIONS);
    return saveWithDialog(window, strings, 'pdf', suggestedName, pdf);
  });

  ipcMain.handle(IPC_CHANNELS.openTeamWindow, (event, request: unknown): void => {
    trustedWindow(event, hostOrigin);
    openTeamWindow(openTeamWindowRequestSchema.parse(request));
  });
}
