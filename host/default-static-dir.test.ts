import { describe, expect, it } from 'vitest';
import { defaultStaticDir } from './default-static-dir';

describe('defaultStaticDir', () => {
  it('is dist/renderer both from the bundle and from source', () => {
    expect(defaultStaticDir('file:///app/dist/host/cli.js')).toBe('/app/dist/renderer');
    expect(defaultStaticDir('file:///app/host/default-static-dir.ts')).toBe('/app/dist/renderer');
  });
});
