import { afterEach, describe, expect, it } from 'vitest';
import type { FigureHover } from '../editor/types';
import { render, type Rendered } from '../testing/render';
import { FigureCard } from './FigureCard';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const anchor = { left: 100, top: 100, bottom: 120 };
const changedAt = '2025-10-09T08:05:00.000Z';

const resolvedFigure: FigureHover = {
  kind: 'live',
  placeholder: { kind: 'indicator', key: '排名(地区生产总值增速)', format: '', fallback: '第X位' },
  resolution: {
    text: '第3位',
    resolved: true,
    provenance: { indicator: '地区生产总值增速', period: '2024-YTD09', periodLabel: '2024年前三季度', value: 6.5, unit: '%', rank: 3, rankOf: 12, source: '区统计局', changedBy: '李处长', changedAt },
  },
  anchor,
};

const rows = (container: HTMLElement) => Object.fromEntries([...container.querySelectorAll<HTMLElement>('.figure-card-row')].map((row) => [row.dataset.testid, row.querySelector('dd')?.textContent]));

describe('figure card', () => {
  it('tells a resolved figure\'s indicator, period, value, rank, source and last change in the UI\'s language', async () => {
    rendered = await render(<FigureCard hover={resolvedFigure} />);
    const card = rendered.container.querySelector('[role="tooltip"]');
    expect(card?.querySelector('.figure-card-title')?.textContent).toBe('地区生产总值增速');
    const when = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(changedAt));
    expect(rows(rendered.container)).toEqual({
      'figure-period': '2024年前三季度',
      'figure-value': '6.5%',
      'figure-rank': '第3位/共12个',
      'figure-source': '区统计局',
      'figure-changed': `李处长，${when}`,
    });
    rendered.unmount();
    rendered = await render(<FigureCard hover={resolvedFigure} />, 'en');
    expect(rows(rendered.container)['figure-rank']).toBe('No. 3 of 12');
  });

  it('says why a figure is unresolved, in words of the UI and never the resolver\'s English', async () => {
    const hover: FigureHover = {
      kind: 'live',
      placeholder: { kind: 'indicator', key: '一般公共预算收入', format: '2位小数,亿元', fallback: 'X亿元' },
      resolution: { text: 'X亿元', resolved: false, problem: 'no figure for 一般公共预算收入 in 2024年前三季度' },
      problem: { code: 'figure', indicator: '一般公共预算收入', period: '2024年前三季度' },
      anchor,
    };
    rendered = await render(<FigureCard hover={hover} />);
    const card = rendered.container.querySelector<HTMLElement>('[data-testid="figure-card"]');
    expect(card?.dataset.resolved).toBe('false');
    expect(card?.querySelector('.figure-card-title')?.textContent).toBe('未取到数据');
    expect(rows(rendered.container)).toEqual({ 'figure-expression': '一般公共预算收入', 'figure-fallback': 'X亿元' });
    expect(card?.querySelector('[data-testid="figure-problem"]')?.textContent).toBe('指标库中没有“一般公共预算收入”2024年前三季度的数据。');
    expect(card?.textContent).not.toContain('no figure');
  });

  it('names an unset variable by its label', async () => {
    const hover: FigureHover = { kind: 'live', placeholder: { kind: 'variable', key: 'period', format: '', fallback: 'XX期间' }, resolution: { text: 'XX期间', resolved: false }, problem: { code: 'variable', variable: 'period' }, anchor };
    rendered = await render(<FigureCard hover={hover} />, 'en');
    expect(rendered.container.querySelector('[data-testid="figure-problem"]')?.textContent).toMatch(/^“.+” is not set yet/);
    expect(rendered.container.querySelector('[data-testid="figure-problem"]')?.textContent).not.toContain('“period”');
  });

  it('shows the provenance a frozen figure kept, and flags one frozen without a value', async () => {
    const figure = { kind: 'indicator', key: '地区生产总值增速', indicator: '地区生产总值增速', periodLabel: '2024年前三季度', value: 6.5, unit: '%', source: '', changedAt, resolved: true };
    rendered = await render(<FigureCard hover={{ kind: 'frozen', figure, anchor }} />);
    expect(rows(rendered.container)).toMatchObject({ 'figure-period': '2024年前三季度', 'figure-value': '6.5%', 'figure-source': '未注明' });
    rendered.unmount();
    rendered = await render(<FigureCard hover={{ kind: 'frozen', figure: { ...figure, indicator: '', periodLabel: '', value: null, resolved: false }, anchor }} />);
    const card = rendered.container.querySelector<HTMLElement>('[data-testid="figure-card"]');
    expect(card?.dataset.resolved).toBe('false');
    expect(card?.textContent).toContain('定稿时未取到值');
  });
});
