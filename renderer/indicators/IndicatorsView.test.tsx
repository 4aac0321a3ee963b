import { afterEach, describe, expect, it } from 'vitest';
import { buttonNamed, click, render, typeInto, type Rendered } from '../testing/render';
import { selectOption } from './component-test-helpers';
import { createFakeIndicatorsClient, type FakeIndicatorSeed } from './fake-indicators-client';
import { IndicatorsView } from './IndicatorsView';

const seed: FakeIndicatorSeed[] = [
  {
    id: 'gdp',
    name: '地区生产总值增速',
    category: '经济',
    observations: [
      { period: '2024-YTD09', value: 5.8, rank: 4, rankOf: 12 },
      { period: '2025-YTD09', value: 6.3, rank: 3, rankOf: 12, target: 6.5, source: '区统计局' },
    ],
  },
  { id: 'invest', name: '固定资产投资增速', category: '投资', observations: [{ period: '2025-09', value: 8.1 }] },
  { id: 'revenue', name: '一般公共预算收入', unit: '亿元', category: '财政', observations: [] },
];

describe('IndicatorsView', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  async function open(placeholders = 0) {
    const fake = createFakeIndicatorsClient(seed, { placeholders });
    view = await render(<IndicatorsView client={fake.client} />);
    const container = view.container;
    const rows = () => [...container.querySelectorAll('[data-testid="indicator-row"]')];
    const row = (name: string) => container.querySelector(`[data-testid="indicator-row"][data-indicator="${name}"]`);
    const notice = () => container.querySelector('[data-testid="indicators-notice"]')?.textContent;
    return { fake, container, rows, row, notice };
  }

  it('shows each indicator with its newest figures, rank as 第3位/12', async () => {
    const { row } = await open();
    const gdp = row('地区生产总值增速');
    expect(gdp?.querySelector('[data-testid="indicator-value"]')?.textContent).toBe('6.32025年前三季度');
    expect(gdp?.querySelector('[data-testid="indicator-rank"]')?.textContent).toBe('第3位/12');
    expect(gdp?.querySelector('[data-testid="indicator-target"]')?.textContent).toBe('6.5');
    expect(row('一般公共预算收入')?.querySelector('[data-testid="indicator-value"]')?.textContent).toBe('暂无数据');
  });

  it('filters by name and by category', async () => {
    const { container, rows } = await open();
    await typeInto(container.querySelector('[data-testid="indicator-search"]'), '增速');
    expect(rows().map((r) => r.getAttribute('data-indicator')).sort()).toEqual(['固定资产投资增速', '地区生产总值增速'].sort());
    await selectOption(container.querySelector('[data-testid="indicator-category-filter"]'), 'category:投资');
    expect(rows().map((r) => r.getAttribute('data-indicator'))).toEqual(['固定资产投资增速']);
    expect(container.querySelector('[data-testid="indicator-count"]')?.textContent).toBe('显示 1 / 3 项');
    await typeInto(container.querySelector('[data-testid="indicator-search"]'), '收入');
    expect(container.querySelector('[data-testid="empty-state"]')?.textContent).toBe('没有符合条件的指标');
  });

  it('edits the newest figures in place and saves them with PUT', async () => {
    const { fake, container, row, notice } = await open();
    await click(row('地区生产总值增速')?.querySelector('[data-testid="indicator-edit"]'));
    const value = container.querySelector('[data-testid="figure-value"]') as HTMLInputElement;
    expect(value.value).toBe('6.3');
    await typeInto(value, '6.4');
    await click(container.querySelector('[data-testid="figure-save"]'));
    expect(fake.calls.find((call) => call.method === 'putObservation')?.args).toEqual([
      'gdp',
      '2025-YTD09',
      { value: 6.4, rank: 3, rankOf: 12, target: 6.5, source: '区统计局', note: null },
    ]);
    expect(notice()).toBe('已保存“地区生产总值增速” 2025年前三季度 的数据。');
    expect(container.querySelector('[data-testid="figure-editor"]')).toBeNull();
    expect(row('地区生产总值增速')?.querySelector('[data-testid="indicator-value"]')?.textContent).toBe('6.42025年前三季度');
  });

  it('picks an earlier period with its figures, or checks a typed one and explains a bad one', async () => {
    const { fake, container, row } = await open();
    await click(row('地区生产总值增速')?.querySelector('[data-testid="indicator-edit"]'));
    const choice = container.querySelector('[data-testid="figure-period-choice"]');
    await selectOption(choice, '2024-YTD09');
    expect((container.querySelector('[data-testid="figure-value"]') as HTMLInputElement).value).toBe('5.8');

    await selectOption(choice, 'other');
    await typeInto(container.querySelector('[data-testid="figure-period"]'), '2025年3-10月');
    await typeInto(container.querySelector('[data-testid="figure-value"]'), '6.1');
    await click(container.querySelector('[data-testid="figure-save"]'));
    const error = container.querySelector('[data-testid="figure-period-error"]');
    expect(error?.textContent).toContain('无法识别这个期间');
    expect(error?.textContent).toContain('a month range must start in January');
    expect(container.querySelector('[data-testid="figure-period"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.some((call) => call.method === 'putObservation')).toBe(false);

    await typeInto(container.querySelector('[data-testid="figure-period"]'), '1-10月');
    await click(container.querySelector('[data-testid="figure-save"]'));
    expect(fake.calls.find((call) => call.method === 'putObservation')?.args.slice(0, 2)).toEqual(['gdp', '2025-YTD10']);
  });

  it('says how many references a rename updated and a delete left without figures', async () => {
    const { container, row, notice, rows } = await open(3);
    await click(row('固定资产投资增速')?.querySelector('[data-testid="indicator-rename"]'));
    await typeInto(container.querySelector('[data-testid="rename-indicator-name"]'), '固定资产投资同比增速');
    await click(container.querySelector('[data-testid="rename-indicator-save"]'));
    expect(notice()).toBe('已重命名为“固定资产投资同比增速”，已更新 3 处引用。');

    await click(row('固定资产投资同比增速')?.querySelector('[data-testid="indicator-delete"]'));
    expect(container.querySelector('[data-testid="delete-indicator"]')?.textContent).toContain('无法恢复');
    await click(container.querySelector('[data-testid="delete-indicator-confirm"]'));
    expect(notice()).toBe('已删除“固定资产投资同比增速”，3 处引用不再有数据。');
    expect(rows()).toHaveLength(2);
  });

  it('adds an indicator with a unit from the list, refusing a name with punctuation', async () => {
    const { fake, container, row } = await open();
    await click(container.querySelector('[data-testid="indicator-add"]'));
    await typeInto(container.querySelector('[data-testid="add-indicator-name"]'), '信访登记人次！');
    expect(container.querySelector('[data-testid="add-indicator"] .field-error')?.textContent).toContain('不含空格和标点');
    await typeInto(container.querySelector('[data-testid="add-indicator-name"]'), '信访登记人次');
    await selectOption(container.querySelector('[data-testid="add-indicator-unit"]'), '人次');
    await typeInto(container.querySelector('[data-testid="add-indicator-category"]'), '民生');
    await click(container.querySelector('[data-testid="add-indicator-higher"]'));
    await click(container.querySelector('[data-testid="add-indicator-save"]'));
    expect(fake.calls.find((call) => call.method === 'create')?.args).toEqual([{ name: '信访登记人次', unit: '人次', category: '民生', description: '', higherIsBetter: false }]);
    expect(row('信访登记人次')).not.toBeNull();
  });

  it('opens the detail with the chart of one series and the history', async () => {
    const { container, row } = await open();
    await click(row('地区生产总值增速')?.querySelector('[data-testid="indicator-edit"]'));
    await typeInto(container.querySelector('[data-testid="figure-value"]'), '6.4');
    await click(container.querySelector('[data-testid="figure-save"]'));
    await click(row('地区生产总值增速')?.querySelector('[data-testid="indicator-open"]'));
    const detail = container.querySelector('[data-testid="indicator-detail"]');
    expect(detail?.querySelectorAll('[data-testid="chart-point"]')).toHaveLength(2);
    expect(detail?.querySelectorAll('[data-testid="observation-row"]')).toHaveLength(2);
    const entry = detail?.querySelector('[data-testid="history-entry"]');
    expect(entry?.textContent).toContain('2025年前三季度');
    expect(entry?.querySelector('del')?.textContent).toBe('6.3');
    expect(entry?.querySelector('ins')?.textContent).toBe('6.4');
    expect(buttonNamed(container, '关闭')).toBeDefined();
  });
});
