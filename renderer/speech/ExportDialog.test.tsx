import { describe, expect, it, vi } from 'vitest';
import type { Gap } from '../editor/types';
import { ExportDialog } from './ExportDialog';
import { click, render } from '../testing/render';

const gap: Gap = {
  pos: 12,
  kind: 'indicator',
  key: '地区生产总值增速',
  shows: 'X%',
  problem: { code: 'indicator', indicator: '地区生产总值增速' },
  before: '地区生产总值增长',
  after: '，增速排全市',
  clipped: { before: true, after: false },
};

describe('ExportDialog', () => {
  it('holds back a speech with open gaps, lists them, and lets the writer allow them', async () => {
    const { container } = await render(
      <ExportDialog documentId="d1" title="讲话" connection={{ origin: 'http://127.0.0.1:1', token: 't' }} gaps={[gap]} desktop={undefined} layoutChanges={0} onEditLayout={vi.fn()} onClose={vi.fn()} />,
    );
    const submit = container.querySelector<HTMLButtonElement>('[data-testid="export-submit"]');
    expect(submit?.disabled).toBe(true);
    expect(container.querySelector('[data-testid="export-gaps"] li')?.textContent).toBe('…地区生产总值增长X%，增速排全市');
    await click(container.querySelector('[data-testid="export-allow-gaps"]'));
    expect(submit?.disabled).toBe(false);
  });

  it('prints through the desktop app for PDF', async () => {
    const printToPDF = vi.fn(async () => ({ saved: false as const }));
    const onClose = vi.fn();
    const desktop = { printToPDF } as unknown as NonNullable<Parameters<typeof ExportDialog>[0]['desktop']>;
    const { container } = await render(
      <ExportDialog documentId="d1" title="在全区会议上的讲话" connection={{ origin: 'http://127.0.0.1:1', token: 't' }} gaps={[]} desktop={desktop} layoutChanges={0} onEditLayout={vi.fn()} onClose={onClose} />,
    );
    await click(container.querySelector('[data-testid="export-format-pdf"]'));
    await click(container.querySelector('[data-testid="export-submit"]'));
    expect(printToPDF).toHaveBeenCalledWith({ suggestedName: '在全区会议上的讲话' });
    expect(onClose).toHaveBeenCalled();
  });

  it('says whether the speech has its own layout and opens its settings', async () => {
    const onEditLayout = vi.fn();
    const { container } = await render(
      <ExportDialog documentId="d1" title="讲话" connection={{ origin: 'http://127.0.0.1:1', token: 't' }} gaps={[]} desktop={undefined} layoutChanges={3} onEditLayout={onEditLayout} onClose={vi.fn()} />,
    );
    expect(container.querySelector('[data-testid="export-layout"] span')?.textContent).toBe('版式：本稿有 3 项不同于 GB/T 9704 默认版式。');
    await click(container.querySelector('[data-testid="export-edit-layout"]'));
    expect(onEditLayout).toHaveBeenCalled();
    await click(container.querySelector('[data-testid="export-format-md"]'));
    expect(container.querySelector('[data-testid="export-layout"]')).toBeNull();
  });
});
