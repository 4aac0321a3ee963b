import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, VARIABLES, checkInput, located, speechDoc } from './fixture';
import { outdatedFormulationCheck } from './outdated-formulations';

describe('outdatedFormulationCheck', () => {
  it('finds old names changed on or before the speech’s day, not the current names that contain them', () => {
    const doc = speechDoc(['区环境保护局和扶贫开发领导小组办公室要加强协作。区数据资源局牵头。', '环境保护局要跟进。']);
    const findings = outdatedFormulationCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      ['环境保护局', '环境保护局'],
      ['环境保护局', '环境保护局'],
      ['扶贫开发领导小组办公室', '扶贫开发领导小组办公室'],
    ]);
    expect(findings[0]?.message).toBe("'环境保护局' has been '生态环境局' since 2018-03-21");
  });

  it('does not flag a name for a speech given before it changed', () => {
    const doc = speechDoc(['扶贫开发领导小组办公室要加强协作。']);
    expect(outdatedFormulationCheck(checkInput(doc, { ...VARIABLES, date: '2021年2月24日' }))).toEqual([]);
    expect(outdatedFormulationCheck(checkInput(doc, { ...VARIABLES, date: '2021年2月25日' }))).toHaveLength(1);
    expect(outdatedFormulationCheck(checkInput(doc, { period: '2020年' }))).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(outdatedFormulationCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
