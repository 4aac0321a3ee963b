import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { createSpeechFromDoc } from '../library/library';
import { SERVE_RECORD_FILE } from '../serve-record';
import { startHostChild } from '../testing/host-child';
import { runCli as run } from '../testing/run-cli';
import { scratchDir, useTestHosts } from '../testing/test-host';
import { speechDoc, VARIABLES } from '../../common/checks/fixture';

const startHost = useTestHosts();

function seeded(): { data: string; id: string } {
  const data = scratchDir();
  const db = openDatabase(data);
  try {
    return { data, id: createSpeechFromDoc(new DocumentStore(db), speechDoc(['同志们：']), 'speech', VARIABLES).id };
  } finally {
    db.close();
  }
}

function invitationCount(data: string): number {
  const db = openDatabase(data);
  try {
    return (db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('speechdesk invite', () => {
  it('prints exactly the token and the link, which opens the speech with its role once a host serves the data', async () => {
    const { data, id } = seeded();
    const result = await run('invite', id, '--role', 'viewer', '--expires', '7d', '--data', data, '--json');
    expect(result).toMatchObject({ code: 0, err: '' });
    const printed = JSON.parse(result.out) as { token: string; url: string };
    expect(Object.keys(printed)).toEqual(['token', 'url']);
    expect(printed.url).toBe(`http://127.0.0.1:4870/#/doc/${id}?token=${printed.token}`);

    const host = await startHost({ dataDir: data });
    const session = await host.request('GET', '/api/session', { token: printed.token });
    expect(await session.json()).toMatchObject({ role: 'viewer', speechId: id });
  });

  it('links to the serve running on the data directory', async () => {
    const { data, id } = seeded();
    const host = await startHostChild({ dataDir: data, token: 't', entry: 'source' });
    try {
      const { code, out } = await run('invite', id, '--role', 'editor', '--data', data, '--json');
      expect(code).toBe(0);
      expect((JSON.parse(out) as { url: string }).url.startsWith(`${host.url}/#/doc/${id}?token=`)).toBe(true);
    } finally {
      expect(await host.stop()).toBe(0);
    }
    expect(existsSync(join(data, SERVE_RECORD_FILE))).toBe(false);
  });

  it('refuses an unknown id, a bad role or a bad duration with exit 1, creating nothing', async () => {
    const { data, id } = seeded();
    expect(await run('invite', 'nope', '--role', 'viewer', '--data', data, '--json')).toEqual({ code: 1, out: '', err: 'speechdesk invite: no speech with id nope' });
    expect(await run('invite', id, '--role', 'owner', '--data', data)).toEqual({ code: 1, out: '', err: "speechdesk invite: --role must be editor, commenter or viewer, got 'owner'" });
    expect((await run('invite', id, '--data', data)).code).toBe(1);
    for (const bad of ['7', '0d', '1.5d', '7w', '400d', '-1d']) {
      const result = await run('invite', id, '--role', 'viewer', `--expires=${bad}`, '--data', data);
      expect(result.code, bad).toBe(1);
      expect(result.err).toContain(`--expires must be a whole number of hours or days up to 365d, such as 12h or 7d; got '${bad}'`);
    }
    expect(invitationCount(data)).toBe(0);
  });

  it('says in its help where the link points', async () => {
    const { out } = await run('--help');
    expect(out).toContain('speechdesk invite ID --role editor|commenter|viewer [--expires 12h|7d] [--data DIR] [--json]');
    expect(out).toContain('else http://127.0.0.1:4870');
  });
});
