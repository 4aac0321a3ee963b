import { afterEach, describe, expect, it } from 'vitest';
import { render, type Rendered } from '../testing/render';
import { ColumnHeaders } from './ColumnHeaders';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

describe('ColumnHeaders', () => {
  it('writes one column header per column, aligned as its figures and hidden where it holds actions', async () => {
    rendered = await render(
      <table>
        <ColumnHeaders columns={[{ label: '名称' }, { label: '数值', align: 'figure' }, { label: '字数', align: 'count' }, { label: '操作', hidden: true }]} />
      </table>,
    );
    const headers = [...rendered.container.querySelectorAll('th')];
    expect(headers.map((header) => header.textContent)).toEqual(['名称', '数值', '字数', '操作']);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(headers.map((header) => header.className)).toEqual(['', 'cell-figure', 'cell-count', '']);
    expect(headers[3]?.querySelector('.visually-hidden')?.textContent).toBe('操作');
    expect(headers[0]?.querySelector('.visually-hidden')).toBeNull();
  });
});
