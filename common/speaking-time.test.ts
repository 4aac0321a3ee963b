import { describe, expect, it } from 'vitest';
import { clampRate, distanceFromTarget, minutesAndSeconds, speakingTime, targetMinutes, type SpokenBlock } from './speaking-time';

const block = (pos: number, kind: SpokenBlock['kind'], text: string, level = 0, label = ''): SpokenBlock => ({ pos, kind, level, label, text });

// Syllables counted by hand, figures as read aloud.
const speech: SpokenBlock[] = [
  block(10, 'salutation', '同志们：'), // 3
  block(20, 'paragraph', '今天召开全区领导干部会议。'), // 12
  block(40, 'paragraph', '前三季度，地区生产总值增长8.2%，排全市第3位。'), // 4 + 6 + 2 + 百分之八点二 6 + 排全市第三位 6 = 24
  block(80, 'heading', '攻坚克难，确保全年目标圆满收官', 1, '一、'), // 一 1 + 14 = 15
  block(110, 'paragraph', '盯紧节点。1-9月完成投资12.35亿元。', 2, '1、'), // 一 1 + 4 + 一至九月 4 + 4 + 十二点三五亿元 7 = 20
  block(150, 'heading', '从严治党，锤炼过硬作风', 1, '二、'), // 二 1 + 10 = 11
  block(170, 'paragraph', '2020年以来，GDP稳步增长。'), // 二〇二〇年 5 + 2 + G-D-P 3 + 4 = 14
  block(200, 'paragraph', '同志们，让我们以优异成绩迎接新年！'), // 3 + 3 + 5 + 4 = 15
];

describe('speakingTime', () => {
  it('counts the opening, each part with its points, and the closing that starts with 同志们', () => {
    const time = speakingTime(speech, 180);
    expect(time.sections.map(({ kind, pos, label, title, syllables }) => ({ kind, pos, label, title, syllables }))).toEqual([
      { kind: 'opening', pos: 10, label: '', title: '', syllables: 39 },
      { kind: 'part', pos: 80, label: '一、', title: '攻坚克难，确保全年目标圆满收官', syllables: 35 },
      { kind: 'part', pos: 150, label: '二、', title: '从严治党，锤炼过硬作风', syllables: 25 },
      { kind: 'closing', pos: 200, label: '', title: '', syllables: 15 },
    ]);
    expect(time.syllables).toBe(114);
    // 114 syllables at 180 a minute: 38 seconds; the opening's 39 take 13.
    expect(time.seconds).toBe(38);
    expect(time.sections[0]?.seconds).toBe(13);
  });

  it('scales with the rate and keeps the rate in range', () => {
    expect(speakingTime(speech, 120).seconds).toBe(57);
    expect(speakingTime(speech, 60).seconds).toBe(57);
    expect(speakingTime(speech, 1000).seconds).toBeCloseTo((114 * 60) / 260);
  });

  it('leaves the end in the last part when no paragraph opens a closing, and 同志们 before the parts in the opening', () => {
    const time = speakingTime([block(1, 'paragraph', '同志们，开个短会。'), block(20, 'heading', '抓好安全', 1, '一、'), block(30, 'paragraph', '要压实责任。')], 180);
    expect(time.sections.map((section) => [section.kind, section.syllables])).toEqual([
      ['opening', 7],
      ['part', 10],
    ]);
  });

  it('has no sections for an empty speech', () => {
    expect(speakingTime([], 180)).toEqual({ syllables: 0, seconds: 0, sections: [] });
  });
});

describe('rate, target and durations', () => {
  it('clamps the rate and reads nonsense as the default', () => {
    expect([clampRate(100), clampRate(200.4), clampRate(300), clampRate(Number.NaN)]).toEqual([120, 200, 260, 180]);
  });

  it('accepts whole minutes as a target', () => {
    expect([targetMinutes(30), targetMinutes(0), targetMinutes(2.5), targetMinutes('30'), targetMinutes(undefined)]).toEqual([30, null, null, null, null]);
  });

  it('shows minutes and seconds rounded to the second', () => {
    expect(minutesAndSeconds(1929.6)).toEqual({ minutes: 32, seconds: 10 });
    expect(minutesAndSeconds(59.4)).toEqual({ minutes: 0, seconds: 59 });
  });

  it('says how far the speech is from its target', () => {
    expect(distanceFromTarget(32 * 60 + 10, 30)).toEqual({ kind: 'over', seconds: 130 });
    expect(distanceFromTarget(27 * 60 + 0.4, 30)).toEqual({ kind: 'under', seconds: 180 });
    expect(distanceFromTarget(1800.2, 30)).toEqual({ kind: 'on', seconds: 0 });
  });
});
