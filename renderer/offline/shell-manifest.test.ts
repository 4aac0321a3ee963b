import { describe, expect, it } from 'vitest';
import { injectShellManifest, SHELL_MANIFEST_PLACEHOLDER, shellFiles } from './shell-manifest';

describe('shell manifest', () => {
  it('lists the page and the assets, without the worker and source maps', () => {
    expect(shellFiles(['sw.js', 'index.html', 'assets/b-2.js', 'assets/a-1.css', 'assets/b-2.js.map'], 'sw.js')).toEqual(['./', 'assets/a-1.css', 'assets/b-2.js']);
  });

  it('writes the manifest into the worker as a JSON string the worker parses back', () => {
    const manifest = { version: 'v1', files: ['./', 'assets/a.js'] };
    const code = injectShellManifest(`const m=JSON.parse("${SHELL_MANIFEST_PLACEHOLDER}");`, manifest);
    expect(code).not.toContain(SHELL_MANIFEST_PLACEHOLDER);
    const literal = /JSON\.parse\((".*")\)/.exec(code)?.[1] ?? '';
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(manifest);
  });

  it('fails the build when the worker lost its placeholder', () => {
    expect(() => injectShellManifest('const m = {};', { version: 'v1', files: [] })).toThrow(SHELL_MANIFEST_PLACEHOLDER);
  });
});
