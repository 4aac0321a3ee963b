/**
 * The one editor window and the guards around every web page the app shows. The window only ever shows
 * the local host's pages: it runs sandboxed without Node, gets a strict CSP, cannot navigate or open
 * windows elsewhere, and is refused every browser permission (docs/desktop.md, "Security").
 */
import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { applyContentSecurityPolicy } from './content-security-policy';
import { desktopArguments, type HostAccess } from './desktop-arguments';
import { externalLink, isHostUrl } from './urls';
import { secureWebPreferences } from './web-preferences';

export interface MainWindowOptions {
  access: HostAccess;
  preloadPath: string;
  title: string;
}

export function createMainWindow({ access, preloadPath, title }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title,
    // Shown once the first paint is ready, so that the user never sees a blank white frame.
    show: false,
    webPreferences: { ...secureWebPreferences(), preload: preloadPath, additionalArguments: desktopArguments(access) },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${access.hostUrl}/`);
  return window;
}

/** Hands a link the page tried to open to the system browser, when it is a plain web link. */
function openInBrowser(url: string, hostOrigin: string): void {
  if (isHostUrl(url, hostOrigin)) return;
  const link = externalLink(url);
  if (link !== null) void shell.openExternal(link);
}

/** Applied to every WebContents the app creates (app 'web-contents-created'), not only the main window's. */
export function guardWebContents(contents: WebContents, hostOrigin: string): void {
  contents.on('will-navigate', (event) => {
    if (isHostUrl(event.url, hostOrigin)) return;
    event.preventDefault();
    openInBrowser(event.url, hostOrigin);
  });
  contents.on('will-redirect', (event) => {
    if (!isHostUrl(event.url, hostOrigin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url, hostOrigin);
    return { action: 'deny' };
  });
  // webviewTag is off, but a <webview> would run with its own preferences: refuse it outright.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide rules: the host's pages get the CSP; no page gets any permission (camera, notifications, …). */
export function hardenSession(session: Session, hostOrigin: string): void {
  session.webRequest.onHeadersReceived((details, callback) => applyContentSecurityPolicy(details, hostOrigin, callback));
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
