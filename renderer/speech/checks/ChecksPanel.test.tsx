import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../common/checks/finding';
import { click, render, type Rendered } from '../../testing/render';
import { ChecksPanel } from './ChecksPanel';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const findings: Finding[] = [
  { kind: 'typed-numbering', message: '', text: '一、', from: 20, to: 22, params: { prefix: '一、' } },
  { kind: 'unknown-value', message: '', text: 'X%', from: 40, to: 42, params: { hint: '增速' } },
  { kind: 'unknown-value', message: '', text: '第X位', from: 50, to: 53, params: { hint: '全市位次' } },
  { kind: 'year-mismatch', message: '', text: '明年即2024年', from: 70, to: 78, params: { word: '明年', expected: 2025, named: 2024, year: 2024 } },
];

const panel = (props: Partial<Parameters<typeof ChecksPanel>[0]> = {}) => (
  <ChecksPanel findings={findings} formulationsFailed={false} onSelect={() => undefined} onDismiss={() => undefined} onClose={() => undefined} {...props} />
);

describe('checks panel', () => {
  it('groups the findings by kind with counts, each with its text and a message in the UI language', async () => {
    rendered = await render(panel());
    const { container } = rendered;
    expect(container.querySelector('[data-testid="checks-summary"]')?.getAttribute('data-count')).toBe('4');
    const groups = [...container.querySelectorAll('[data-testid="checks-group"]')];
    expect(groups.map((group) => [group.getAttribute('data-kind'), group.querySelector('[data-testid="checks-group-count"]')?.textContent])).toEqual([
      ['unknown-value', '2'],
      ['typed-numbering', '1'],
      ['year-mismatch', '1'],
    ]);
    expect(groups[0]?.querySelector('h3')?.textContent).toBe('待填的 X 值 2');
    const items = [...container.querySelectorAll('[data-testid="finding"]')];
    expect(items.map((item) => item.querySelector('.checks-text')?.textContent)).toEqual(['X%', '第X位', '一、', '明年即2024年']);
    expect(items[3]?.querySelector('.checks-message')?.textContent).toBe('讲话时间为 2024 年，“明年”应是 2025 年，正文却写作 2024 年。');
  });

  it('speaks English when the UI does', async () => {
    rendered = await render(panel(), 'en');
    const message = rendered.container.querySelector('[data-testid="finding"][data-kind="typed-numbering"] .checks-message')?.textContent;
    expect(message).toBe('The number “一、” is typed by hand; make it a heading or point so it is numbered for you.');
  });

  it('jumps to a finding on click and dismisses by kind and text', async () => {
    const onSelect = vi.fn();
    const onDismiss = vi.fn();
    rendered = await render(panel({ onSelect, onDismiss }));
    const { container } = rendered;
    await click(container.querySelector('[data-testid="finding"][data-from="50"]'));
    expect(onSelect).toHaveBeenCalledWith(findings[2]);
    await click(container.querySelectorAll('[data-testid="dismiss-finding"]')[0]);
    expect(onDismiss).toHaveBeenCalledWith('unknown-value:X%');
  });

  it('says when there is nothing to report, and when the formulations list failed', async () => {
    rendered = await render(panel({ findings: [], formulationsFailed: true }));
    const { container } = rendered;
    expect(container.querySelector('[data-testid="checks-summary"]')?.textContent).toBe('没有发现问题。');
    expect(container.querySelector('[data-testid="checks-formulations-failed"]')).not.toBeNull();
    expect(container.querySelectorAll('[data-testid="finding"]')).toHaveLength(0);
  });
});
