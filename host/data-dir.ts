import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where a user's speeches live when no --data is given, following each platform's convention. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Speechdesk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Speechdesk');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'speechdesk');
}
