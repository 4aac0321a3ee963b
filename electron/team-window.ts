/**
 * 连接团队服务器: a window on a team server, opened from an invitation link. It gets the main window's secure
 * preferences but no preload (the team's pages get no native calls and never see this launch's token), a
 * session of its own per server (its own CSP, no shared storage with the local host), and the same guards,
 * bound to the team server's origin: it cannot navigate or open windows anywhere else.
 */
import { BrowserWindow, session as electronSession, type Session } from 'electron';
import type { ParsedInvitationLink } from '../common/invitations';
import { secureWebPreferences } from './web-preferences';
import { hardenSession } from './window';

/** Sessions of team windows and the one origin each may show (read by the app's web-contents-created guard). */
const teamOrigins = new WeakMap<Session, string>();

export function teamOriginOf(session: Session): string | undefined {
  return teamOrigins.get(session);
}

export function createTeamWindow(link: ParsedInvitationLink, title: string): BrowserWindow {
  const teamSession = electronSession.fromPartition(`team:${link.origin}`);
  if (!teamOrigins.has(teamSession)) {
    hardenSession(teamSession, link.origin);
    teamOrigins.set(teamSession, link.origin);
  }
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: `${title} — ${link.origin}`,
    show: false,
    webPreferences: { ...secureWebPreferences(), session: teamSession },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(link.href);
  return window;
}
