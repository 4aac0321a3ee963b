import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../common/indicators';
import { createI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';

/** Keys the panel builds from values, which the general locale test cannot find in the source. */
const BUILT_KEYS = [
  ...IMPORT_FIELDS.map((field) => `indicators.fields.${field}`),
  ...['value', 'rank', 'rankOf', 'target', 'source', 'note'].map((figure) => `indicators.figures.${figure}`),
  ...['required', 'number', 'whole', 'rank-above-of', 'period', 'host'].map((kind) => `indicators.problem.${kind}`),
  ...['empty', 'too-long', 'pattern'].map((problem) => `indicators.nameProblem.${problem}`),
  ...['year', 'half', 'quarter', 'month'].map((type) => `indicators.series.${type}`),
  ...['created', 'changed', 'deleted'].map((kind) => `indicators.history.${kind}`),
  ...['new', 'changed', 'unchanged'].map((change) => `indicators.import.changes.${change}`),
];

describe('indicator panel texts', () => {
  it('exist in every language for the keys built from values', () => {
    const i18n = createI18n('en');
    for (const language of LANGUAGES) {
      for (const key of BUILT_KEYS) expect(i18n.exists(key, { lng: language, fallbackLng: false }), `${language}:${key}`).toBe(true);
    }
  });

  it('count references in both languages', () => {
    const i18n = createI18n('en');
    expect(i18n.t('indicators.notice.renamed', { name: 'GDP增速', count: 1 })).toBe('Renamed to “GDP增速”; updated 1 reference.');
    void i18n.changeLanguage('zh-CN');
    expect(i18n.t('indicators.notice.renamed', { name: 'GDP增速', count: 4 })).toBe('已重命名为“GDP增速”，已更新 4 处引用。');
  });
});
