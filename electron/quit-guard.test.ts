import { describe, expect, it } from 'vitest';
import { CANCEL, QUIT_ANYWAY, QuitGuard, quitWarning } from './quit-guard';
import { stringsFor } from './strings';

function guardAnswering(answer: number) {
  const asked: number[] = [];
  const guard = new QuitGuard((count) => {
    asked.push(count);
    return answer;
  });
  return { guard, asked };
}

describe('QuitGuard', () => {
  it('lets the app quit without asking when everything is synced', () => {
    const { guard, asked } = guardAnswering(CANCEL);
    expect(guard.mayQuit()).toBe(true);
    guard.report(2);
    guard.report(0);
    expect(guard.mayQuit()).toBe(true);
    expect(asked).toEqual([]);
  });

  it('keeps the app open when the user cancels, and asks again on the next try', () => {
    const { guard, asked } = guardAnswering(CANCEL);
    guard.report(3);
    expect(guard.mayQuit()).toBe(false);
    expect(guard.mayQuit()).toBe(false);
    expect(asked).toEqual([3, 3]);
  });

  it('asks once when the user quits anyway: closing the window and quitting the app both pass', () => {
    const { guard, asked } = guardAnswering(QUIT_ANYWAY);
    guard.report(3);
    expect(guard.mayQuit()).toBe(true);
    expect(guard.mayQuit()).toBe(true);
    expect(asked).toEqual([3]);
  });
});

describe('quitWarning', () => {
  it('names the count and offers 仍要退出 and 取消, with 取消 as default and on Escape', () => {
    const warning = quitWarning(stringsFor('zh-CN'), 3);
    expect(warning.message).toBe('还有 3 处修改没有同步到主机。');
    expect(warning.buttons[QUIT_ANYWAY]).toBe('仍要退出');
    expect(warning.buttons[CANCEL]).toBe('取消');
    expect(warning.defaultId).toBe(CANCEL);
    expect(warning.cancelId).toBe(CANCEL);
    expect(quitWarning(stringsFor('en-US'), 1).buttons).toEqual(['Quit Anyway', 'Cancel']);
  });
});
