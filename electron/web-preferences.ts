/**
 * The web preferences of every window the app opens (the editor window and team windows), in one place so
 * that no window is opened with weaker ones. Pure, so that they are unit-tested.
 */
import type { WebPreferences } from 'electron';

/** Sandboxed, context-isolated, without Node or webviews. */
export function secureWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click opens links in new windows; the window-open handler denies those already, and the editor
    // has no use for auxclick, so it is switched off as a second barrier.
    disableBlinkFeatures: 'Auxclick',
    // A file dropped outside the editor would otherwise replace the app with the file.
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
