/**
 * The preload of the editor window (built to dist/electron/preload.cjs: a sandboxed preload cannot be ESM).
 * It exposes exactly the DesktopApi of common/desktop-api.ts as window.speechdesk: the host address and
 * token, four calls into the main process and one report to it (the unsynced count). No ipcRenderer, no
 * generic invoke: the page can reach the main process only through these functions, and each passes its one
 * argument on unchanged for the main process to validate.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../common/desktop-api';
import { readDesktopArguments } from './desktop-arguments';
import { IPC_CHANNELS } from './ipc-channels';

const access = readDesktopArguments(process.argv);

// The window's guards keep it on the host, but if any other page ever loads here it must not get the token.
if (access !== null && window.location.origin === access.hostUrl) {
  const api: DesktopApi = {
    hostUrl: access.hostUrl,
    token: access.token,
    openFile: (options) => ipcRenderer.invoke(IPC_CHANNELS.openFile, options),
    saveFile: (options) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, options),
    printToPDF: (options) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, options),
    reportUnsyncedChanges: (count) => ipcRenderer.send(IPC_CHANNELS.unsyncedChanges, count),
    openTeamWindow: (url) => ipcRenderer.invoke(IPC_CHANNELS.openTeamWindow, url),
  };
  contextBridge.exposeInMainWorld('speechdesk', api);
}
