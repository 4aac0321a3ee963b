import type { WebSocket } from 'ws';
import { ACCESS_ENDED_CLOSE_CODE } from '../../common/invitations';
import type { Principal } from '../invitations/access';
import type { EndSocket } from './message-guard';

/** setTimeout's longest delay (about 24.8 days); longer expiries wait in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Tracked {
  end: EndSocket;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The open sockets of each invitation, so that revoking it ends them at once and an expiring one ends at its
 * expiry. The owner's sockets are not tracked: the admin token is never revoked.
 */
export class InvitationSockets {
  private readonly byInvitation = new Map<string, Map<WebSocket, Tracked>>();

  constructor(private readonly now: () => number = Date.now) {}

  track(ws: WebSocket, principal: Principal, end: EndSocket): void {
    if (principal.kind !== 'invitation') return;
    const { invitationId, expiresAt } = principal;
    let sockets = this.byInvitation.get(invitationId);
    if (!sockets) this.byInvitation.set(invitationId, (sockets = new Map()));
    const tracked: Tracked = { end, timer: undefined };
    sockets.set(ws, tracked);
    ws.once('close', () => {
      clearTimeout(tracked.timer);
      sockets.delete(ws);
      if (sockets.size === 0 && this.byInvitation.get(invitationId) === sockets) this.byInvitation.delete(invitationId);
    });
    if (expiresAt === null) return;
    const wait = () => {
      const left = expiresAt - this.now();
      if (left <= 0) return end(ACCESS_ENDED_CLOSE_CODE, 'invitation expired');
      tracked.timer = setTimeout(wait, Math.min(left, MAX_TIMER_MS));
      tracked.timer.unref();
    };
    wait();
  }

  /** How many sockets of this invitation are open. */
  count(invitationId: string): number {
    return this.byInvitation.get(invitationId)?.size ?? 0;
  }

  /** Ends every open socket of the invitation with the reason the client shows. */
  end(invitationId: string, reason: string): void {
    for (const tracked of this.byInvitation.get(invitationId)?.values() ?? []) tracked.end(ACCESS_ENDED_CLOSE_CODE, reason);
  }
}
