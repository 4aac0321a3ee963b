import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folder rules of the architecture, checked on every import statement:
 * common/ is pure (no electron, DOM frameworks or node: built-ins), host/ never reaches electron or the
 * renderer, and only electron/ imports 'electron'.
 */
const root = join(import.meta.dirname, '..');
const SOURCE = /\.(ts|tsx)$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '');
}

function violations(folder: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) => importsOf(file).filter((specifier) => forbidden(specifier, file)).map((specifier) => `${file} imports ${specifier}`));
}

const reachesFolder = (specifier: string, file: string, folder: string) =>
  specifier.startsWith('.') && join(file, '..', specifier).split(sep)[0] === folder;

describe('module boundaries', () => {
  it('keeps common/ free of electron, React, DOM libraries and node: built-ins', () => {
    const banned = /^(electron|react|react-dom|prosemirror-view|y-prosemirror|node:|fs$|path$|better-sqlite3)/;
    expect(violations('common', (specifier) => banned.test(specifier))).toEqual([]);
    expect(violations('common', (specifier, file) => ['host', 'renderer', 'electron'].some((folder) => reachesFolder(specifier, file, folder)))).toEqual([]);
  });

  it('keeps host/ away from electron and the renderer', () => {
    expect(violations('host', (specifier, file) => specifier === 'electron' || reachesFolder(specifier, file, 'renderer') || reachesFolder(specifier, file, 'electron'))).toEqual([]);
  });

  it('lets only electron/ import electron', () => {
    for (const folder of ['common', 'host', 'renderer']) expect(violations(folder, (specifier) => specifier === 'electron' || specifier.startsWith('electron/'))).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(importsOf('common/numbering.ts')).toContain('./chinese-numerals');
  });
});
