import type { ParsedInvitationLink } from '../../../common/invitations';
import type { DesktopApi } from '../../../common/desktop-api';

/** The window surface opening a link needs; injectable for tests. */
export interface OpenEnvironment {
  desktop: Pick<DesktopApi, 'openTeamWindow'> | undefined;
  location: Pick<Location, 'origin' | 'assign' | 'reload'>;
}

/**
 * Opens an invitation link. The desktop app opens it in a window of its own, restricted to that server (the
 * main process checks the link again); a browser goes there. A link to this same host only changes the
 * fragment, which loads nothing, so the page reloads to read the new token.
 */
export async function openInvitation(link: ParsedInvitationLink, env: OpenEnvironment): Promise<void> {
  if (env.desktop) return env.desktop.openTeamWindow(link.href);
  env.location.assign(link.href);
  if (link.origin === env.location.origin) env.location.reload();
}
