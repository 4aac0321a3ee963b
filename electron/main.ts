/**
 * Electron main process: one instance, one host, one window. Starts the host in a utility process, opens
 * the window on it once it is ready, and on quit lets the host flush its writes before the app exits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, utilityProcess } from 'electron';
import { HostProcess, hostArguments, newHostToken, type HostReady } from './host-process';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { OutputTail } from './output-tail';
import { portMovedNotice } from './port-moved-notice';
import { QuitGuard, quitWarning } from './quit-guard';
import { stringsFor } from './strings';
import { createTeamWindow, teamOriginOf } from './team-window';
import { createMainWindow, guardWebContents, hardenSession } from './window';

/** First start creates the database; a slow disk may need a while. */
const HOST_READY_TIMEOUT_MS = 30_000;
/** How long the host gets to close connections and flush writes before it is killed. */
const HOST_SHUTDOWN_GRACE_MS = 5_000;
const ERROR_TAIL_CHARS = 4_000;

let host: HostProcess | null = null;
let hostStopped = false;
let mainWindow: BrowserWindow | null = null;
/** Asks before quitting with changes the host has not acknowledged; the renderer reports their count. */
let quitGuard: QuitGuard | null = null;

async function launch(): Promise<void> {
  const strings = stringsFor(app.getLocale());
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ strings, platform: process.platform, developer: !app.isPackaged })));

  const token = newHostToken();
  const dataDir = join(app.getPath('userData'), 'data');
  mkdirSync(dataDir, { recursive: true });
  const child = utilityProcess.fork(join(__dirname, '..', 'host', 'cli.js'), hostArguments({ token, dataDir }), {
    serviceName: 'Speechdesk host',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const errorTail = new OutputTail(ERROR_TAIL_CHARS);
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorTail.append(chunk.toString());
  });
  const current = new HostProcess(child);
  host = current;

  let announced: HostReady;
  try {
    announced = await current.ready(HOST_READY_TIMEOUT_MS);
  } catch (error) {
    dialog.showErrorBox(strings.hostFailedTitle, `${strings.hostDidNotStart}\n\n${String(error)}\n${errorTail}`);
    app.quit();
    return;
  }
  const hostOrigin = announced.origin;
  void current.exited.then((code) => {
    if (current.isStopping) return;
    dialog.showErrorBox(strings.hostFailedTitle, `${strings.hostStopped}\n\nexit code ${code}\n${errorTail}`);
    app.quit();
  });

  hardenSession(session.defaultSession, hostOrigin);
  // A team window's contents keep to its team server (its session says which); every other one to the local host.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, teamOriginOf(contents.session) ?? hostOrigin));
  const guard = new QuitGuard((count) => (mainWindow ? dialog.showMessageBoxSync(mainWindow, quitWarning(strings, count)) : dialog.showMessageBoxSync(quitWarning(strings, count))));
  quitGuard = guard;
  registerIpc(hostOrigin, strings, (count) => guard.report(count), (link) => createTeamWindow(link, strings.appName));
  const window = createMainWindow({
    access: { hostUrl: hostOrigin, token },
    preloadPath: join(__dirname, 'preload.cjs'),
    title: strings.appName,
  });
  mainWindow = window;
  const { movedFrom } = announced;
  if (movedFrom !== null) window.once('ready-to-show', () => void dialog.showMessageBox(window, portMovedNotice(strings, movedFrom, hostOrigin)));
  window.on('close', (event) => {
    if (!guard.mayQuit()) event.preventDefault();
  });
  window.on('closed', () => (mainWindow = null));
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another Speechdesk is running and has been told to come to the front; two hosts would share one database.
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  // The host belongs to the one window: without it there is nothing to keep running, on macOS too.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitGuard !== null && !quitGuard.mayQuit()) {
      event.preventDefault();
      return;
    }
    if (host === null || hostStopped) return;
    event.preventDefault();
    void host.stop(HOST_SHUTDOWN_GRACE_MS).finally(() => {
      hostStopped = true;
      app.quit();
    });
  });
  app
    .whenReady()
    .then(launch)
    .catch((error: unknown) => {
      dialog.showErrorBox('Speechdesk', String(error));
      app.quit();
    });
}
