import { resolve as resolvePath } from 'node:path';
import { invitationRoleSchema, MAX_EXPIRY_DAYS, parseDuration } from '../../common/invitations';
import { defaultDataDir } from '../data-dir';
import { openDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { InvitationService } from '../invitations/invitation-service';
import { InvitationStore } from '../invitations/invitation-store';
import { LibraryError } from '../library/library';
import { runningServeUrl } from '../serve-record';
import type { Command } from './command';
import { parseOneArgument } from './one-argument';
import { DEFAULT_HOSTNAME, DEFAULT_TEAM_PORT } from './serve';

/**
 * `invite`: an invitation link to one speech with a role, for scripted set-ups. The link points at the serve
 * running on the same data directory, or at the team server's default address when none runs. Bad input is
 * refused with exit 1 before anything is stored.
 */
export const inviteCommand: Command = {
  summary: `make an invitation link to a speech; its URL is that of the serve running on --data, else http://${DEFAULT_HOSTNAME}:${DEFAULT_TEAM_PORT}`,
  usage: 'ID --role editor|commenter|viewer [--expires 12h|7d] [--data DIR] [--json]',
  async run(args, io) {
    const { values, argument: id } = parseOneArgument(args, 'ID', {
      role: { type: 'string' },
      expires: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const fail = (message: string) => {
      io.stderr(`speechdesk invite: ${message}`);
      return 1;
    };
    const role = invitationRoleSchema.safeParse(values.role);
    if (!role.success) return fail(`--role must be editor, commenter or viewer, got ${values.role === undefined ? 'nothing' : `'${values.role}'`}`);
    const lifetime = values.expires === undefined ? null : parseDuration(values.expires);
    if (lifetime === null && values.expires !== undefined) {
      return fail(`--expires must be a whole number of hours or days up to ${MAX_EXPIRY_DAYS}d, such as 12h or 7d; got '${values.expires}'`);
    }
    const dataDir = values.data === undefined ? defaultDataDir() : resolvePath(values.data);
    const origin = runningServeUrl(dataDir) ?? `http://${DEFAULT_HOSTNAME}:${DEFAULT_TEAM_PORT}`;
    const db = openDatabase(dataDir);
    try {
      const service = new InvitationService(new DocumentStore(db), new InvitationStore(db));
      const { token, url, invitation } = service.createFor(id, role.data, lifetime, origin);
      if (values.json) io.stdout(JSON.stringify({ token, url }));
      else {
        io.stdout(url);
        io.stdout(`${invitation.role}, ${invitation.expiresAt === null ? 'does not expire' : `expires ${invitation.expiresAt}`}; the token is shown only now`);
      }
      return 0;
    } catch (error) {
      if (error instanceof LibraryError) return fail(error.message);
      throw error;
    } finally {
      db.close();
    }
  },
};
