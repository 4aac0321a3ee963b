import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VersionSummary } from '../../common/versions';
import { click, render, type Rendered } from '../testing/render';
import { VersionsPanel } from './VersionsPanel';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const version = (id: string, name: string, kind: VersionSummary['kind'], createdAt: string): VersionSummary => ({
  id,
  documentId: 'd1',
  name,
  kind,
  createdBy: '王秘书',
  createdAt,
  characters: 100,
  unresolved: 0,
});
// Newest first, as the host lists them.
const versions = [version('v3', '修改稿', 'named', '2025-10-09T10:00:00.000Z'), version('v2', '自动保存', 'auto', '2025-10-09T09:00:00.000Z'), version('v1', '送审稿', 'named', '2025-10-09T08:00:00.000Z')];

function panel(overrides: { onRestore?: (version: VersionSummary) => void } = {}) {
  const onCompare = vi.fn();
  const element = (
    <VersionsPanel
      state={{ status: 'ready', versions }}
      onRetry={() => undefined}
      onSaveVersion={() => undefined}
      onFreeze={() => undefined}
      onOpen={() => undefined}
      onCompare={onCompare}
      onRestore={overrides.onRestore}
      restored={null}
      latestId={null}
      onClose={() => undefined}
    />
  );
  return { element, onCompare };
}

const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-testid="version-row"]')];
const within = (row: HTMLElement | undefined, testId: string) => row?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;

describe('versions panel', () => {
  it('compares a version with now, and two ticked versions older first whichever was ticked first', async () => {
    const { element, onCompare } = panel();
    rendered = await render(element);
    const { container } = rendered;
    const compareSelected = container.querySelector<HTMLButtonElement>('[data-testid="compare-selected"]');
    expect(rows(container).map((row) => row.querySelector('.version-name')?.textContent)).toEqual(['修改稿', '自动保存', '送审稿']);

    await click(within(rows(container)[2], 'compare-current'));
    expect(onCompare).toHaveBeenLastCalledWith(versions[2], null);

    expect(compareSelected?.disabled).toBe(true);
    await click(within(rows(container)[2], 'select-version'));
    await click(within(rows(container)[0], 'select-version'));
    expect(compareSelected?.disabled).toBe(false);
    await click(compareSelected);
    expect(onCompare).toHaveBeenLastCalledWith(versions[2], versions[0]);

    // A third tick replaces the earliest one.
    await click(within(rows(container)[1], 'select-version'));
    await click(compareSelected);
    expect(onCompare).toHaveBeenLastCalledWith(versions[1], versions[0]);
  });

  it('restores only once the speech has loaded, naming automatic versions in the app\'s language', async () => {
    rendered = await render(panel().element, 'en');
    expect(rows(rendered.container).map((row) => (within(row, 'restore-version') as HTMLButtonElement).disabled)).toEqual([true, true, true]);
    expect(rows(rendered.container)[1]?.querySelector('.version-name')?.textContent).toBe('Automatic save');
    rendered.unmount();

    const onRestore = vi.fn();
    rendered = await render(panel({ onRestore }).element);
    await click(within(rows(rendered.container)[2], 'restore-version'));
    expect(onRestore).toHaveBeenCalledWith(versions[2]);
  });
});
