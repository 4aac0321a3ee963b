import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, VARIABLES, checkInput, located, speechDoc } from './fixture';
import { meetingNameCheck } from './meeting-name';

describe('meetingNameCheck', () => {
  it('finds other meetings named in the text', () => {
    const doc = speechDoc(['在全区上半年经济工作推进会上，我们作了部署。本次全市招商引资大会要求明确。', '在前三季度经济运行分析会上通报的情况属实。在全社会上下形成合力。在这次会议上讲三点。']);
    const findings = meetingNameCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      ['全区上半年经济工作推进会', '全区上半年经济工作推进会'],
      ['全市招商引资大会', '全市招商引资大会'],
    ]);
    expect(findings[0]?.params).toEqual({ named: '全区上半年经济工作推进会', meeting: VARIABLES.meeting });
  });

  it('checks nothing while the meeting variable is unset', () => {
    expect(meetingNameCheck(checkInput(speechDoc(['在全区上半年经济工作推进会上，我们作了部署。']), {}))).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(meetingNameCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
