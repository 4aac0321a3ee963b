import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../testing/template-fixture';
import { filledValues, missingRequired, wizardVariables } from './wizard-variables';

describe('wizard variables', () => {
  const skeleton = sampleCatalog().skeletons[1];
  if (!skeleton) throw new Error('fixture has two skeletons');

  it('asks for every standard variable in the standard order, required where the skeleton says, then the skeleton\'s own', () => {
    const variables = wizardVariables({ ...skeleton, variables: [{ key: '项目', label: '项目名称', required: true }, { key: 'period', required: false }, ...skeleton.variables] });
    expect(variables.map((variable) => [variable.key, variable.required, variable.standard])).toEqual([
      ['meeting', true, true],
      ['region', false, true],
      ['speaker', false, true],
      ['date', false, true],
      ['period', false, true],
      ['项目', true, false],
    ]);
    expect(missingRequired(variables, { meeting: '  ', 项目: '科创园' }).map((variable) => variable.key)).toEqual(['meeting']);
  });

  it('sends trimmed values and leaves empty ones out', () => {
    expect(filledValues({ meeting: ' 全区会议 ', region: '' })).toEqual({ meeting: '全区会议' });
  });
});
