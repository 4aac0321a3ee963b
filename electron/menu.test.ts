import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from './menu';
import { stringsFor } from './strings';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
const labels = (items: MenuItemConstructorOptions[]): string[] => items.map((item) => item.label ?? '');

describe('menuTemplate', () => {
  it('labels the menus in Chinese for zh-CN', () => {
    const template = menuTemplate({ strings: stringsFor('zh-CN'), platform: 'win32', developer: false });
    expect(labels(template)).toEqual(['文件', '编辑', '视图', '窗口']);
  });

  it('puts Quit in the application menu on macOS', () => {
    const template = menuTemplate({ strings: stringsFor('en-US'), platform: 'darwin', developer: false });
    expect(labels(template)[0]).toBe('Speechdesk');
    expect(roles(template.slice(0, 1))).toEqual(['quit']);
  });

  it('offers reload and developer tools only to developers', () => {
    const strings = stringsFor('en-US');
    expect(roles(menuTemplate({ strings, platform: 'linux', developer: false }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ strings, platform: 'linux', developer: false }))).not.toContain('reload');
    expect(roles(menuTemplate({ strings, platform: 'linux', developer: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('gives every command a label, so none falls back to an English role label', () => {
    const items = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
    const template = menuTemplate({ strings: stringsFor('zh-CN'), platform: 'linux', developer: true });
    for (const item of items(template).filter((entry) => entry.type !== 'separator')) expect(item.label).toBeTruthy();
  });
});
