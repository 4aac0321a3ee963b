import { describe, expect, it } from 'vitest';
import { ariaShortcut, formatShortcut, isMacPlatform, matchesShortcut, SHORTCUTS } from './shortcuts';

describe('shortcuts', () => {
  it('reads as Ctrl combinations off macOS', () => {
    expect(formatShortcut(SHORTCUTS.strong, false)).toBe('Ctrl+B');
    expect(formatShortcut(SHORTCUTS.heading2, false)).toBe('Ctrl+Alt+2');
    expect(formatShortcut(SHORTCUTS.moveUp, false)).toBe('Alt+↑');
  });

  it('uses the macOS symbols on a Mac', () => {
    expect(formatShortcut(SHORTCUTS.redo, true)).toBe('⌘⇧Z');
  });

  it('gives aria-keyshortcuts values', () => {
    expect(ariaShortcut(SHORTCUTS.undo, false)).toBe('Control+Z');
    expect(ariaShortcut(SHORTCUTS.undo, true)).toBe('Meta+Z');
    expect(ariaShortcut(SHORTCUTS.moveDown, false)).toBe('Alt+ArrowDown');
  });

  it('matches key events by physical key, with exactly the named modifiers', () => {
    const event = { key: 'µ', code: 'KeyM', ctrlKey: false, metaKey: true, altKey: true, shiftKey: false };
    expect(matchesShortcut(event, SHORTCUTS.comment, true)).toBe(true);
    expect(matchesShortcut(event, SHORTCUTS.comment, false)).toBe(false);
    expect(matchesShortcut({ ...event, metaKey: false, ctrlKey: true, key: 'm' }, SHORTCUTS.comment, false)).toBe(true);
    expect(matchesShortcut({ ...event, metaKey: false, ctrlKey: true, shiftKey: true }, SHORTCUTS.comment, false)).toBe(false);
    expect(matchesShortcut({ ...event, metaKey: false, ctrlKey: true, code: 'KeyN' }, SHORTCUTS.comment, false)).toBe(false);
  });

  it('recognises macOS', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
