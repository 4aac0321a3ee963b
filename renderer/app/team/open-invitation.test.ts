import { describe, expect, it, vi } from 'vitest';
import { parseInvitationLink } from '../../../common/invitations';
import { openInvitation } from './open-invitation';

const link = (text: string) => {
  const parsed = parseInvitationLink(text);
  if (!parsed) throw new Error(`not a link: ${text}`);
  return parsed;
};

describe('opening an invitation link', () => {
  it('asks the desktop app for a window of its own', async () => {
    const openTeamWindow = vi.fn().mockResolvedValue(undefined);
    const location = { origin: 'http://127.0.0.1:5000', assign: vi.fn(), reload: vi.fn() };
    await openInvitation(link('https://team.example/#/doc/s1?token=t'), { desktop: { openTeamWindow }, location });
    expect(openTeamWindow).toHaveBeenCalledWith('https://team.example/#/doc/s1?token=t');
    expect(location.assign).not.toHaveBeenCalled();
  });

  it('goes to another server in a browser', async () => {
    const location = { origin: 'http://127.0.0.1:5000', assign: vi.fn(), reload: vi.fn() };
    await openInvitation(link('https://team.example/#/doc/s1?token=t'), { desktop: undefined, location });
    expect(location.assign).toHaveBeenCalledWith('https://team.example/#/doc/s1?token=t');
    expect(location.reload).not.toHaveBeenCalled();
  });

  it('reloads for a link to this same server, whose fragment alone would load nothing', async () => {
    const location = { origin: 'http://127.0.0.1:5000', assign: vi.fn(), reload: vi.fn() };
    await openInvitation(link('http://127.0.0.1:5000/#/doc/s1?token=t'), { desktop: undefined, location });
    expect(location.assign).toHaveBeenCalledWith('http://127.0.0.1:5000/#/doc/s1?token=t');
    expect(location.reload).toHaveBeenCalled();
  });
});
