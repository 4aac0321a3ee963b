import { describe, expect, it } from 'vitest';
import { continuesTitle, isMetaLine, isSalutation, isSubtitle, isTitleLine } from './front-matter';

describe('front matter', () => {
  it.each(['同志们：', '同志们、朋友们：', '各位领导，同志们：', '尊敬的各位代表：', '同志们:'])('%s is a salutation', (line) => {
    expect(isSalutation(line)).toBe(true);
  });

  it.each(['同志们，今年以来全区上下共同努力：', '主要做法：', '下面，我讲三点意见：', '同志们'])('%s is no salutation', (line) => {
    expect(isSalutation(line)).toBe(false);
  });

  it.each(['（张三同志，2020年10月9日）', '(2021年3月5日)', '（根据录音整理）', '区委书记　李明', '2020年10月9日', '二〇二〇年十月九日', 'XX同志', 'X年X月X日'])(
    '%s is a meta line',
    (line) => {
      expect(isMetaLine(line)).toBe(true);
    },
  );

  it.each(['在2020年全区经济工作会议上的讲话', '（一）指导思想', '2020年全区经济运行总体平稳，好于预期。', '一、2021年工作安排'])('%s is no meta line', (line) => {
    expect(isMetaLine(line)).toBe(false);
  });

  it('takes a short line without a full stop as the title, but not body text', () => {
    expect(isTitleLine('在全区领导干部会议上的讲话')).toBe(true);
    expect(isTitleLine('坚定信心 攻坚克难 奋力夺取全年目标任务全面胜利')).toBe(true);
    expect(isTitleLine('今年以来，全区经济运行总体平稳。')).toBe(false);
    expect(isTitleLine('一、攻坚克难，确保全年目标圆满收官')).toBe(false);
    expect(isTitleLine('同志们：')).toBe(false);
  });

  it('recognises subtitles and titles broken over two lines', () => {
    expect(isSubtitle('——在全区领导干部会议上的讲话')).toBe(true);
    expect(isSubtitle('—— 在全区安全生产工作会议上的讲话')).toBe(true);
    expect(isSubtitle('——这是一句话。')).toBe(false);
    expect(continuesTitle('在全区三季度经济运行分析会暨', '安全生产工作会议上的讲话')).toBe(true);
    expect(continuesTitle('在全区领导干部会议上的讲话', '（2020年10月9日）')).toBe(false);
  });
});
