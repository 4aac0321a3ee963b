import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, pressKey, render, type Rendered } from '../testing/render';
import { PanelRail, SIDE_PANEL_ID, SPEECH_PANELS, type SpeechPanel, type SpeechPanelName } from './PanelRail';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const badges = {
  completeness: { count: 3, label: '3 处待完成', testId: 'gap-badge' },
  comments: { count: 2, label: '2 条未解决的评论', testId: 'comment-badge' },
};

async function renderRail(open: SpeechPanel, onOpen = vi.fn(), panels: readonly SpeechPanelName[] = SPEECH_PANELS, language: 'zh-CN' | 'en' = 'zh-CN') {
  rendered = await render(<PanelRail panels={panels} open={open} onOpen={onOpen} badges={badges} />, language);
  const buttons = [...rendered.container.querySelectorAll<HTMLButtonElement>('button')];
  return { buttons, onOpen };
}

describe('PanelRail', () => {
  it('names every panel, marks the open one pressed and points it at the panel', async () => {
    const { buttons } = await renderRail('checks');
    expect(buttons.map((button) => button.querySelector('.panel-rail-label')?.textContent)).toEqual(['章节库', '设置', '完整性', '检查', '统计', '版本', '评论']);
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false', 'true', 'false', 'false', 'false']);
    expect(buttons[3]?.getAttribute('aria-controls')).toBe(SIDE_PANEL_ID);
    expect(buttons[2]?.hasAttribute('aria-controls')).toBe(false);
    expect(rendered?.container.querySelector('[role="toolbar"]')?.getAttribute('aria-orientation')).toBe('vertical');
  });

  it('opens one panel at a time: another panel replaces the open one, the open one closes', async () => {
    const { buttons, onOpen } = await renderRail('checks');
    await click(buttons[6]);
    expect(onOpen).toHaveBeenLastCalledWith('comments');
    await click(buttons[3]);
    expect(onOpen).toHaveBeenLastCalledWith(null);
  });

  it('shows counts with a spoken label, and a tick when nothing is left', async () => {
    await renderRail(null);
    const gap = rendered?.container.querySelector('[data-testid="gap-badge"]');
    expect(gap?.getAttribute('data-count')).toBe('3');
    expect(gap?.textContent).toBe('3 处待完成3');
    expect(rendered?.container.querySelector('[data-testid="comment-badge"]')?.getAttribute('data-count')).toBe('2');
    rendered?.unmount();
    rendered = await render(<PanelRail panels={SPEECH_PANELS} open={null} onOpen={vi.fn()} badges={{ completeness: { count: null, label: '已全部完成', testId: 'gap-badge' } }} />);
    const done = rendered.container.querySelector('[data-testid="gap-badge"]');
    expect(done?.classList.contains('rail-badge-done')).toBe(true);
    expect(done?.textContent).toBe('已全部完成✓');
    expect(rendered.container.querySelector('[data-testid="comment-badge"]')).toBeNull();
  });

  it('is one tab stop; arrow keys, Home and End move between the switches and wrap', async () => {
    const { buttons } = await renderRail(null);
    expect(buttons.filter((button) => button.tabIndex === 0)).toEqual([buttons[0]]);
    buttons[0]?.focus();
    await pressKey(buttons[0], 'ArrowUp');
    expect(document.activeElement).toBe(buttons[6]);
    expect(buttons[6]?.tabIndex).toBe(0);
    expect(buttons[0]?.tabIndex).toBe(-1);
    await pressKey(document.activeElement, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[0]);
    await pressKey(document.activeElement, 'End');
    expect(document.activeElement).toBe(buttons[6]);
    await pressKey(document.activeElement, 'Home');
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('shows only the panels it is given, with short English labels and the full name as tooltip', async () => {
    const { buttons } = await renderRail(null, vi.fn(), ['completeness', 'comments'], 'en');
    expect(buttons.map((button) => button.querySelector('.panel-rail-label')?.textContent)).toEqual(['Gaps', 'Comments']);
    expect(buttons[0]?.title).toBe('Completeness');
  });
});
