import { afterEach, describe, expect, it } from 'vitest';
import type { Version, VersionSummary } from '../../common/versions';
import type { VersionsClient } from '../host/versions-client';
import { render, settle, type Rendered } from '../testing/render';
import { CompareViewer } from './CompareViewer';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const old: VersionSummary = { id: 'v1', documentId: 'd1', name: '送审稿', kind: 'named', createdBy: 'admin', createdAt: '2025-10-09T08:00:00.000Z', characters: 10, unresolved: 0 };

/** A host whose only version was made before history was kept: it has no snapshot. */
const client: VersionsClient = {
  list: async () => [old],
  save: async () => old,
  freeze: async () => old,
  restore: async () => ({ before: null, restored: old }),
  get: async (): Promise<Version> => ({ ...old, doc: { type: 'doc', content: [] }, snapshot: null }),
  history: async () => ({ state: 'AAA=', snapshot: 'AAA=', authors: [] }),
};

describe('compare viewer', () => {
  it('says a version made before history was kept cannot be compared, and shows no page', async () => {
    rendered = await render(<CompareViewer client={client} documentId="d1" older={old} newer={null} onClose={() => undefined} />);
    await settle();
    const { container } = rendered;
    expect(container.querySelector('[data-testid="compare-unavailable"]')?.textContent).toContain('早于修订记录');
    expect(container.querySelector<HTMLElement>('.version-viewer-scroller')?.hidden).toBe(true);
    expect(container.querySelector('.compare-sides')?.textContent).toContain('送审稿');
    expect(container.querySelector('.compare-sides')?.textContent).toContain('当前文字');
  });
});
