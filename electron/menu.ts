/**
 * The application menu: only what an editor window needs (edit commands, zoom, quit), with labels from the
 * main-process string table. Everything else lives in the renderer's own UI. Built as a template without
 * importing electron at runtime, so the structure is unit-tested.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MainStrings } from './strings';

export interface MenuContext {
  strings: MainStrings;
  platform: NodeJS.Platform;
  /** Developer tools only in unpackaged builds: a packaged app has no use for them and they expose the token. */
  developer: boolean;
}

export function menuTemplate({ strings, platform, developer }: MenuContext): MenuItemConstructorOptions[] {
  const quit: MenuItemConstructorOptions = { role: 'quit', label: strings.quit };
  const isMac = platform === 'darwin';
  return [
    // macOS puts Quit in the application menu; elsewhere it closes the File menu.
    ...(isMac ? [{ label: strings.appName, submenu: [quit] }] : [{ label: strings.menuFile, submenu: [quit] }]),
    {
      label: strings.menuEdit,
      submenu: [
        { role: 'undo', label: strings.undo },
        { role: 'redo', label: strings.redo },
        { type: 'separator' },
        { role: 'cut', label: strings.cut },
        { role: 'copy', label: strings.copy },
        { role: 'paste', label: strings.paste },
        { role: 'selectAll', label: strings.selectAll },
      ],
    },
    {
      label: strings.menuView,
      submenu: [
        { role: 'resetZoom', label: strings.resetZoom },
        { role: 'zoomIn', label: strings.zoomIn },
        { role: 'zoomOut', label: strings.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: strings.toggleFullScreen },
        ...(developer
          ? [{ type: 'separator' } as const, { role: 'reload', label: strings.reload } as const, { role: 'toggleDevTools', label: strings.toggleDevTools } as const]
          : []),
      ],
    },
    {
      label: strings.menuWindow,
      submenu: [
        { role: 'minimize', label: strings.minimize },
        { role: 'close', label: strings.close },
      ],
    },
  ];
}
