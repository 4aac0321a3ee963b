import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreateInvitationRequest, Invitation } from '../../../common/invitations';
import type { InvitationsClient } from '../../host/invitations-client';
import { buttonNamed, click, render, settle, type Rendered } from '../../testing/render';
import { ShareDialog } from './ShareDialog';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

/** Invitations kept in memory, as the host would list them. */
function fakeClient() {
  const invitations: Invitation[] = [];
  const created: CreateInvitationRequest[] = [];
  const client: InvitationsClient = {
    list: async () => invitations.map((invitation) => ({ ...invitation })),
    create: async (documentId, request) => {
      created.push(request);
      const invitation: Invitation = {
        id: `i${invitations.length + 1}`,
        documentId,
        role: request.role,
        createdAt: '2026-03-01T02:00:00.000Z',
        expiresAt: request.expiresInDays ? '2026-03-08T02:00:00.000Z' : null,
        revokedAt: null,
        status: 'active',
      };
      invitations.unshift(invitation);
      return { invitation, token: `tok${invitations.length}`, url: `http://host/#/doc/${documentId}?token=tok${invitations.length}` };
    },
    revoke: async (id) => {
      const invitation = invitations.find((candidate) => candidate.id === id);
      if (!invitation) throw new Error('unknown');
      invitation.status = 'revoked';
      return invitation;
    },
  };
  return { client, invitations, created };
}

const rows = (container: HTMLElement) => [...container.querySelectorAll('[data-testid="share-row"]')].map((row) => row.textContent);

describe('ShareDialog', () => {
  it('makes a link with the chosen role and expiry, shows it once, lists it and revokes it', async () => {
    const { client, created } = fakeClient();
    rendered = await render(<ShareDialog client={client} documentId="s1" title="讲话" onClose={vi.fn()} />);
    const { container } = rendered;
    await settle();
    expect(container.textContent).toContain('还没有发出邀请。');

    await click(container.querySelector('[data-testid="share-role-viewer"]'));
    const expiry = container.querySelector<HTMLSelectElement>('[data-testid="share-expiry"]');
    if (!expiry) throw new Error('no expiry select');
    expect([...expiry.options].map((option) => option.textContent)).toEqual(['不过期', '1天', '7天', '30天']);
    expiry.value = 'never';
    expiry.dispatchEvent(new Event('change', { bubbles: true }));
    await click(buttonNamed(container, '生成链接'));
    expect(created).toEqual([{ role: 'viewer', expiresInDays: null }]);
    expect(container.querySelector<HTMLInputElement>('[data-testid="share-link"]')?.value).toBe('http://host/#/doc/s1?token=tok1');
    expect(container.textContent).toContain('邀请链接（只读）');
    expect(rows(container)).toEqual([expect.stringContaining('只读')]);
    expect(rows(container)[0]).toContain('不过期');

    await click(container.querySelector('[data-testid="share-role-editor"]'));
    expiry.value = '7';
    expiry.dispatchEvent(new Event('change', { bubbles: true }));
    await click(buttonNamed(container, '生成链接'));
    expect(created.at(-1)).toEqual({ role: 'editor', expiresInDays: 7 });
    expect(rows(container)).toHaveLength(2);

    await click(container.querySelector('[data-testid="share-row"] [data-testid="share-revoke"]'));
    expect(rows(container)).toEqual([expect.stringContaining('只读')]);
    // The link shown was the revoked one's: it is gone too.
    expect(container.querySelector('[data-testid="share-link"]')).toBeNull();
  });
});
