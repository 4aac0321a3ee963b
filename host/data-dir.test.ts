import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  it('follows XDG on Linux', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/x/data' }, '/home/u')).toBe(join('/x/data', 'speechdesk'));
    expect(defaultDataDir('linux', {}, '/home/u')).toBe(join('/home/u', '.local', 'share', 'speechdesk'));
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe(join('/Users/u', 'Library', 'Application Support', 'Speechdesk'));
  });

  it('uses APPDATA on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toBe(join('C:\\Users\\u\\AppData\\Roaming', 'Speechdesk'));
  });
});
