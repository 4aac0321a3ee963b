import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Gap } from '../editor/types';
import { click, render, type Rendered } from '../testing/render';
import { CompletenessPanel } from './CompletenessPanel';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const gaps: Gap[] = [
  { pos: 40, kind: 'indicator', key: '一般公共预算收入', shows: 'X亿元', problem: { code: 'indicator', indicator: '一般公共预算收入' }, before: '一般公共预算收入完成', after: '，增长', clipped: { before: false, after: true } },
  { pos: 75, kind: 'slot', key: '代表性重点项目', shows: '代表性重点项目', problem: { code: 'slot' }, before: '', after: '等一批重大项目', clipped: { before: false, after: true } },
  { pos: 90, kind: 'indicator', key: '进出口总额', shows: 'X亿元', problem: { code: 'figure', indicator: '进出口总额', period: '2024年前三季度' }, before: '进出口总额', after: '。', clipped: { before: true, after: false } },
];

describe('completeness panel', () => {
  it('counts the gaps by kind and lists them in order with their context and cause; a click selects one', async () => {
    const onSelect = vi.fn();
    rendered = await render(<CompletenessPanel gaps={gaps} onSelect={onSelect} onClose={() => undefined} />);
    const { container } = rendered;
    expect(container.querySelector('[data-testid="completeness-summary"]')?.textContent).toContain('还有 3 处待完成');
    expect(container.querySelector('[data-testid="gap-count-figures"]')?.textContent).toBe('未取到数据 2 处');
    expect(container.querySelector('[data-testid="gap-count-slots"]')?.textContent).toBe('空缺 1 处');
    const items = [...container.querySelectorAll<HTMLButtonElement>('[data-testid="gap-item"]')];
    expect(items.map((item) => item.querySelector('.gap-context')?.textContent)).toEqual(['一般公共预算收入完成X亿元，增长…', '代表性重点项目等一批重大项目…', '…进出口总额X亿元。']);
    expect(items[2]?.querySelector('.gap-problem')?.textContent).toBe('指标库中没有“进出口总额”2024年前三季度的数据。');
    await click(items[1]);
    expect(onSelect).toHaveBeenCalledWith(gaps[1]);
  });

  it('says when nothing is left to do', async () => {
    rendered = await render(<CompletenessPanel gaps={[]} onSelect={() => undefined} onClose={() => undefined} />, 'en');
    expect(rendered.container.querySelector('[data-testid="completeness-summary"]')?.textContent).toBe('Every figure and detail is in place, and every gap is filled.');
    expect(rendered.container.querySelectorAll('[data-testid="gap-item"]')).toHaveLength(0);
  });
});
