/**
 * The editor's keyboard shortcuts as the toolbar names them in tooltips and aria-keyshortcuts.
 * Keys are written in ProseMirror's keymap notation (Mod = Ctrl, or ⌘ on macOS) so that they read the same
 * as the editor core's keymap.
 */
export type ShortcutAction =
  | 'strong'
  | 'emphasis'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'paragraph'
  | 'lead'
  | 'moveUp'
  | 'moveDown'
  | 'nextSlot'
  | 'undo'
  | 'redo'
  | 'comment';

export const SHORTCUTS: Record<ShortcutAction, string> = {
  strong: 'Mod-b',
  emphasis: 'Mod-i',
  heading1: 'Mod-Alt-1',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  heading4: 'Mod-Alt-4',
  paragraph: 'Mod-Alt-0',
  lead: 'Mod-Alt-l',
  moveUp: 'Alt-ArrowUp',
  moveDown: 'Alt-ArrowDown',
  nextSlot: 'Mod-Alt-n',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
  comment: 'Mod-Alt-m',
};

const KEY_NAMES: Record<string, { mac: string; other: string; aria: string }> = {
  Mod: { mac: '⌘', other: 'Ctrl', aria: 'Control' },
  Alt: { mac: '⌥', other: 'Alt', aria: 'Alt' },
  Shift: { mac: '⇧', other: 'Shift', aria: 'Shift' },
  ArrowUp: { mac: '↑', other: '↑', aria: 'ArrowUp' },
  ArrowDown: { mac: '↓', other: '↓', aria: 'ArrowDown' },
};

function parts(shortcut: string): string[] {
  return shortcut.split('-');
}

/** For people: "Ctrl+Alt+1" on Windows and Linux, "⌘⌥1" on macOS. */
export function formatShortcut(shortcut: string, mac: boolean): string {
  const names = parts(shortcut).map((part) => KEY_NAMES[part]?.[mac ? 'mac' : 'other'] ?? part.toUpperCase());
  return names.join(mac ? '' : '+');
}

/** For assistive technology, in the aria-keyshortcuts syntax ("Control+Alt+1", "Meta+B" on macOS). */
export function ariaShortcut(shortcut: string, mac: boolean): string {
  return parts(shortcut)
    .map((part) => (part === 'Mod' && mac ? 'Meta' : (KEY_NAMES[part]?.aria ?? part.toUpperCase())))
    .join('+');
}

/**
 * Whether a key event is the shortcut, for shortcuts the app handles outside the editor (评论 works in a
 * read-only editor, which gets no key events). Letters are matched by physical key: Alt changes the
 * character on macOS.
 */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, shortcut: string, mac: boolean): boolean {
  const keys = parts(shortcut);
  const key = keys[keys.length - 1] ?? '';
  const pressed = /^[a-z]$/.test(key) ? event.code === `Key${key.toUpperCase()}` : event.key === key;
  return (
    pressed &&
    (mac ? event.metaKey : event.ctrlKey) === keys.includes('Mod') &&
    event.altKey === keys.includes('Alt') &&
    event.shiftKey === keys.includes('Shift')
  );
}

export function isMacPlatform(platform: string = navigator.platform): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}
