import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, resources } from './i18n';
import { LANGUAGES } from './language';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`)));
}

/** Plural forms differ between languages (Chinese has one form, English two): compare the keys they belong to. */
function baseKeys(tree: Tree): Set<string> {
  return new Set(leafKeys(tree).map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function interpolations(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

const rendererRoot = join(import.meta.dirname, '..');

function sourceFiles(): string[] {
  return readdirSync(rendererRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${join(rendererRoot, 'editor')}`));
}

describe('locale resources', () => {
  const zh = resources['zh-CN'].translation as Tree;
  const en = resources.en.translation as Tree;

  it('have the same keys in zh-CN and en', () => {
    expect([...baseKeys(en)].sort()).toEqual([...baseKeys(zh)].sort());
  });

  it('use the same interpolations in both languages', () => {
    const flat = (tree: Tree) => new Map(leafKeys(tree).map((key) => [key.replace(PLURAL_SUFFIX, ''), key]));
    const get = (tree: Tree, path: string) => path.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part] as string | Tree, tree) as string;
    const enKeys = flat(en);
    for (const [base, zhKey] of flat(zh)) {
      const enKey = enKeys.get(base);
      if (enKey) expect(interpolations(get(en, enKey)).filter((name) => name !== 'count'), base).toEqual(interpolations(get(zh, zhKey)).filter((name) => name !== 'count'));
    }
  });

  it('have no empty texts', () => {
    for (const language of LANGUAGES) {
      const tree = resources[language].translation as Tree;
      const get = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree);
      for (const key of leafKeys(tree)) expect(String(get(key)).trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it('cover every literal key the app asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles()) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(20);
    for (const language of LANGUAGES) {
      const keys = baseKeys(resources[language].translation as Tree);
      const missing = [...used].filter((key) => !keys.has(key));
      expect(missing, language).toEqual([]);
    }
  });

  it('cover the keys the app builds from values', () => {
    const i18n = createI18n('en');
    const built = [
      ...['bad_request', 'unauthorized', 'not_found', 'payload_too_large', 'conflict', 'internal', 'network', 'invalid_response', 'unknown'].map((code) => `errors.${code}`),
      ...['saved', 'saving', 'offline', 'connecting'].map((state) => `status.save.${state}`),
      ...['strong', 'emphasis', 'lead', 'heading1', 'heading2', 'heading3', 'heading4', 'paragraph', 'moveUp', 'moveDown', 'nextSlot', 'undo', 'redo'].flatMap((action) => [`toolbar.${action}.label`, `toolbar.${action}.glyph`]),
      ...['create', 'import', 'rename', 'duplicate', 'trash', 'restore'].map((action) => `library.failed.${action}`),
      ...['opening', 'review', 'situation', 'problems', 'deploy', 'party-building', 'planning', 'closing'].map((kind) => `templates.kinds.${kind}`),
      ...['meeting', 'region', 'speaker', 'date', 'period'].map((key) => `variables.labels.${key}`),
      ...['skeleton', 'variables', 'outline'].map((step) => `wizard.steps.${step}`),
      ...['missing', 'rejected'].flatMap((reason) => [`host.${reason}.title`, `host.${reason}.body`]),
      ...['speech', 'official'].flatMap((style) => [`numbering.${style}.name`, `numbering.${style}.hint`]),
    ];
    for (const language of LANGUAGES) {
      for (const key of built) expect(i18n.exists(key, { lng: language, fallbackLng: false }), `${language}:${key}`).toBe(true);
    }
  });

  it('formats plurals and falls back to nothing raw', () => {
    const i18n = createI18n('en');
    expect(i18n.t('library.characterCount', { count: 1, formatted: '1' })).toBe('1 character');
    expect(i18n.t('library.characterCount', { count: 2, formatted: '2' })).toBe('2 characters');
    void i18n.changeLanguage('zh-CN');
    expect(i18n.t('library.characterCount', { count: 2, formatted: '2' })).toBe('2 字');
    expect(i18n.t('status.peers', { count: 2 })).toBe('2 位协作者在线：');
  });
});
