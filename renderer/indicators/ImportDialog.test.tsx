import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportPreview, ImportRow } from '../../common/indicators';
import { click, render, type Rendered } from '../testing/render';
import { chooseFile, selectOption } from './component-test-helpers';
import { createFakeIndicatorsClient } from './fake-indicators-client';
import { ImportDialog } from './ImportDialog';

const row = (n: number, change: ImportRow['change'] = 'new'): ImportRow => ({
  row: n,
  indicator: '地区生产总值增速',
  indicatorId: null,
  period: `${2020 + n}-YTD09`,
  periodLabel: `${2020 + n}年前三季度`,
  value: 6.3,
  unit: '%',
  rank: 3,
  rankOf: 12,
  target: null,
  source: '区统计局',
  note: null,
  change,
});

/** What the host answers for the two files of these tests: a canonical one with a bad cell when it is "bad", and one with its own headers. */
function hostPreview(file: { name: string; data: Uint8Array }, mapping: ColumnMapping | undefined): ImportPreview {
  const text = new TextDecoder().decode(file.data);
  if (file.name === '自定义表头.csv') {
    const mapped = mapping?.['指标名称'] === 'indicator' && mapping['本期'] === 'value';
    return {
      file: file.name,
      columns: [
        { column: 'A', header: '指标名称', field: mapped ? 'indicator' : null },
        { column: 'B', header: '期间', field: 'period' },
        { column: 'C', header: '本期', field: mapped ? 'value' : null },
        { column: 'D', header: '单位', field: 'unit' },
      ],
      rows: mapped ? [row(2), row(3)] : [],
      errors: mapped
        ? []
        : [
            { row: 1, column: null, field: 'indicator', message: 'no column 指标 (indicator)' },
            { row: 1, column: null, field: 'value', message: 'no column 数值 (value)' },
          ],
    };
  }
  const columns = [
    { column: 'A', header: '指标', field: 'indicator' as const },
    { column: 'B', header: '期间', field: 'period' as const },
    { column: 'C', header: '数值', field: 'value' as const },
    { column: 'D', header: '单位', field: 'unit' as const },
  ];
  if (text.includes('bad')) return { file: file.name, columns, rows: [row(2)], errors: [{ row: 38, column: 'C', field: 'value', message: "'6.x' is no number" }] };
  return { file: file.name, columns, rows: [row(2), row(3, 'changed')], errors: [] };
}

describe('ImportDialog', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  async function open() {
    const fake = createFakeIndicatorsClient([], { preview: hostPreview });
    const imported: unknown[] = [];
    view = await render(<ImportDialog client={fake.client} onImported={(result) => imported.push(result)} onClose={() => undefined} />);
    const input = () => view?.container.querySelector('[data-testid="indicator-import-input"]') ?? null;
    const commit = () => view?.container.querySelector<HTMLButtonElement>('[data-testid="import-commit"]');
    return { fake, imported, input, commit, container: view.container };
  }

  it('names every bad cell by row and column and will not commit', async () => {
    const { fake, input, commit, container } = await open();
    await chooseFile(input(), '指标.csv', 'bad');
    const error = container.querySelector('[data-testid="import-error"]');
    expect(error?.getAttribute('data-row')).toBe('38');
    expect(error?.textContent).toContain('第38行 C列');
    expect(error?.textContent).toContain('数值');
    expect(error?.textContent).toContain("'6.x' is no number");
    expect(container.querySelector('[data-testid="import-summary"]')?.textContent).toContain('发现 1 处问题');
    expect(commit()?.disabled).toBe(true);
    expect(container.querySelector('[data-testid="column-mapping"]')).toBeNull();
    expect(fake.calls.some((call) => call.method === 'commitImport')).toBe(false);
  });

  it('previews the fixed file again and commits it, showing the counts written', async () => {
    const { fake, imported, input, commit, container } = await open();
    await chooseFile(input(), '指标.csv', 'bad');
    await chooseFile(input(), '指标.csv', 'fixed');
    expect(container.querySelector('[data-testid="import-errors"]')).toBeNull();
    expect(container.querySelectorAll('[data-testid="import-row"]')).toHaveLength(2);
    expect(container.querySelector('[data-testid="import-summary"]')?.textContent).toBe('共 2 行可以导入：新增 1 条，修改 1 条，不变 0 条。');
    expect(commit()?.textContent).toBe('导入 2 行');
    await click(commit());
    expect(fake.calls.filter((call) => call.method === 'commitImport')).toHaveLength(1);
    expect(container.querySelector('[data-testid="import-result"]')?.textContent).toBe('已写入：新建指标 2 个，新增数据 1 条，修改 1 条，不变 0 条。');
    expect(imported).toHaveLength(1);
  });

  it('asks which column is which for other headers, previews with the mapping, and commits with it', async () => {
    const { fake, input, commit, container } = await open();
    await chooseFile(input(), '自定义表头.csv', '指标名称,期间,本期,单位');
    const mapping = container.querySelector('[data-testid="column-mapping"]');
    expect(mapping).not.toBeNull();
    expect(container.querySelector('[data-testid="import-error"]')?.textContent).toContain('第1行');
    expect(commit()?.disabled).toBe(true);

    const select = (header: string) => container.querySelector(`[data-testid="mapping-select"][data-header="${header}"]`);
    expect((select('期间') as HTMLSelectElement).value).toBe('period');
    await selectOption(select('指标名称'), 'indicator');
    await selectOption(select('本期'), 'value');
    await click(container.querySelector('[data-testid="mapping-apply"]'));

    const mapped = { 指标名称: 'indicator', 期间: 'period', 本期: 'value', 单位: 'unit' };
    expect(fake.calls.filter((call) => call.method === 'previewImport').at(-1)?.args).toEqual(['自定义表头.csv', mapped]);
    expect(container.querySelector('[data-testid="import-errors"]')).toBeNull();
    expect(container.querySelector('[data-testid="column-mapping"]')).toBeNull();
    await click(commit());
    expect(fake.calls.find((call) => call.method === 'commitImport')?.args).toEqual(['自定义表头.csv', mapped]);
  });
});
