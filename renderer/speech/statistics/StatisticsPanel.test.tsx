import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import type { SpokenBlock } from '../../../common/speaking-time';
import { click, render, typeInto, type Rendered } from '../../testing/render';
import { StatisticsPanel } from './StatisticsPanel';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const block = (pos: number, kind: SpokenBlock['kind'], text: string, level = 0, label = ''): SpokenBlock => ({ pos, kind, level, label, text });

// 114 syllables counted by hand (see common/speaking-time.test.ts): 38 s at 180 a minute, 57 s at 120.
const spoken: SpokenBlock[] = [
  block(10, 'salutation', '同志们：'),
  block(20, 'paragraph', '今天召开全区领导干部会议。'),
  block(40, 'paragraph', '前三季度，地区生产总值增长8.2%，排全市第3位。'),
  block(80, 'heading', '攻坚克难，确保全年目标圆满收官', 1, '一、'),
  block(110, 'paragraph', '盯紧节点。1-9月完成投资12.35亿元。', 2, '1、'),
  block(150, 'heading', '从严治党，锤炼过硬作风', 1, '二、'),
  block(170, 'paragraph', '2020年以来，GDP稳步增长。'),
  block(200, 'paragraph', '同志们，让我们以优异成绩迎接新年！'),
];

/** The panel with its rate and target held as SpeechScreen holds them. */
function Harness({ target = null, blocks = spoken, onJump = () => undefined, onTarget = () => undefined }: { target?: number | null; blocks?: SpokenBlock[]; onJump?: (pos: number) => void; onTarget?: (minutes: number | null) => void }) {
  const [rate, setRate] = useState(180);
  const [minutes, setMinutes] = useState<number | null>(target);
  return (
    <StatisticsPanel
      characters={98}
      spoken={blocks}
      rate={rate}
      onRate={setRate}
      targetMinutes={minutes}
      onTargetMinutes={(next) => {
        onTarget(next);
        setMinutes(next);
      }}
      onJump={onJump}
      onClose={() => undefined}
    />
  );
}

const byTestId = (id: string) => rendered?.container.querySelector(`[data-testid="${id}"]`);

describe('statistics panel', () => {
  it('shows 字数, the estimated time and each section as a bar with its number and title', async () => {
    const onJump = vi.fn();
    rendered = await render(<Harness onJump={onJump} />);
    expect(byTestId('statistics-characters')?.textContent).toBe('98');
    expect(byTestId('statistics-time')?.textContent).toBe('38秒');
    expect(byTestId('statistics-basis')?.textContent).toContain('按读音计 114 字');
    const sections = [...rendered.container.querySelectorAll<HTMLButtonElement>('[data-testid="statistics-section"]')];
    expect(sections.map((section) => [section.querySelector('.statistics-section-name')?.textContent, section.querySelector('.statistics-section-time')?.textContent])).toEqual([
      ['开头', '13秒'],
      ['一、攻坚克难，确保全年目标圆满收官', '12秒'],
      ['二、从严治党，锤炼过硬作风', '8秒'],
      ['结束语', '5秒'],
    ]);
    // The longest section fills its bar; the others in proportion (13 s of 13 s, 5 s of 13 s).
    const widths = sections.map((section) => section.querySelector<HTMLElement>('.statistics-bar-fill')?.style.width);
    expect(widths[0]).toBe('100%');
    expect(Number.parseFloat(widths[3] ?? '')).toBeCloseTo((5 / 13) * 100, 3);
    await click(sections[2]);
    expect(onJump).toHaveBeenCalledWith(150);
  });

  it('follows the speaking rate', async () => {
    rendered = await render(<Harness />);
    await typeInto(byTestId('statistics-rate'), '120');
    expect(byTestId('statistics-rate-value')?.textContent).toBe('120 字/分钟');
    expect(byTestId('statistics-time')?.textContent).toBe('57秒');
  });

  it('says how far the speech is from its target, and shares only whole minutes', async () => {
    const onTarget = vi.fn();
    const long = Array.from({ length: 40 }, (_, index) => block(index, 'paragraph', '一二三四五六七八九十'.repeat(18)));
    // 40 × 180 syllables at 180 a minute: 40 minutes.
    rendered = await render(<Harness target={30} blocks={long} onTarget={onTarget} />);
    expect(byTestId('statistics-time')?.textContent).toBe('40分0秒');
    expect(byTestId('statistics-distance')?.textContent).toBe('比目标长 10分0秒');
    await typeInto(byTestId('statistics-target'), '45');
    expect(onTarget).toHaveBeenLastCalledWith(45);
    expect(byTestId('statistics-distance')?.textContent).toBe('还差 5分0秒');
    await typeInto(byTestId('statistics-target'), '0');
    expect(onTarget).toHaveBeenCalledTimes(1);
    expect(byTestId('statistics-target')?.getAttribute('aria-invalid')).toBe('true');
    await typeInto(byTestId('statistics-target'), '');
    expect(onTarget).toHaveBeenLastCalledWith(null);
    expect(byTestId('statistics-distance')).toBeNull();
  });

  it('speaks English too', async () => {
    rendered = await render(<Harness target={1} />, 'en');
    expect(byTestId('statistics-time')?.textContent).toBe('38 s');
    expect(byTestId('statistics-distance')?.textContent).toBe('22 s short of the target');
    expect(rendered.container.querySelector('[data-kind="closing"] .statistics-section-name')?.textContent).toBe('Closing');
  });
});
