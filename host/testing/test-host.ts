import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import Database from 'better-sqlite3';
import { afterAll, afterEach, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { COLLAB_PATH, type DocumentSummary } from '../../common/api';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { DATABASE_FILE } from '../db/database';
import { startHost, type RunningHost } from '../host';
import { connectProvider as connectNodeProvider } from './node-provider';

export { allAcknowledged } from './node-provider';

/** Helpers for tests that run a real host on a temporary data directory. */

export const TEST_TOKEN = 'test-token';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'speechdesk-host-'));
}

/**
 * A temporary directory that is removed when the current test has finished; that is after the afterEach hooks,
 * so after useTestHosts has closed the hosts that kept their data in it. Call it inside a test.
 */
export function scratchDir(prefix = 'speechdesk-host-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestHost extends RunningHost {
  dataDir: string;
  errors: string[];
  request(method: string, path: string, init?: { body?: unknown; rawBody?: string; token?: string | null; contentType?: string }): Promise<Response>;
  createSpeech(title?: string): Promise<DocumentSummary>;
  collabUrl(token?: string): string;
  /** A synced provider on the host's collaboration URL, destroyed at the end of the test. */
  connect(name: string, token?: string): Promise<HocuspocusProvider>;
  /** Runs `cleanup` at the end of the test, before the host closes: for clients the test opens itself. */
  afterTest(cleanup: () => void): void;
}

export interface TestHostOptions {
  /** An existing data directory, kept afterwards: a restart passes the first host's `dataDir`. */
  dataDir?: string;
  staticDir?: string;
  clock?: () => number;
}

/**
 * Registers the hooks that, at the end of each test (of the file, with scope 'file', for hosts started in
 * beforeAll), destroy the hosts' clients, close the hosts and delete the data directories they made, and returns
 * the function that starts a host on port 0 with TEST_TOKEN. Call it once, at the top of a test file.
 */
export function useTestHosts(scope: 'test' | 'file' = 'test'): (options?: TestHostOptions) => Promise<TestHost> {
  const started: { host: TestHost; cleanups: (() => void)[] }[] = [];
  const madeDirs: string[] = [];
  const closeAll = async () => {
    for (const { host, cleanups } of started.splice(0)) {
      for (const cleanup of cleanups) cleanup();
      await host.close();
    }
    for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
  if (scope === 'file') afterAll(closeAll);
  else afterEach(closeAll);
  return async (options = {}) => {
    const dataDir = options.dataDir ?? tempDataDir();
    if (!options.dataDir) madeDirs.push(dataDir);
    const cleanups: (() => void)[] = [];
    const host = await startTestHost({ ...options, dataDir }, cleanups);
    started.push({ host, cleanups });
    return host;
  };
}

async function startTestHost(options: TestHostOptions & { dataDir: string }, cleanups: (() => void)[]): Promise<TestHost> {
  const { dataDir } = options;
  const errors: string[] = [];
  const host = await startHost({
    dataDir,
    port: 0,
    hostname: '127.0.0.1',
    token: TEST_TOKEN,
    staticDir: options.staticDir ?? join(dataDir, 'no-renderer'),
    ...(options.clock ? { clock: options.clock } : {}),
    onError: (error, context) => errors.push(`${context}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const request: TestHost['request'] = (method, path, init = {}) => {
    const headers: Record<string, string> = {};
    const token = init.token === undefined ? TEST_TOKEN : init.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (init.rawBody !== undefined || init.body !== undefined) {
      headers['Content-Type'] = init.contentType ?? 'application/json';
      body = init.rawBody ?? JSON.stringify(init.body);
    }
    return fetch(`${host.url}${path}`, { method, headers, body });
  };
  const collabUrl = (token = TEST_TOKEN) => `${host.url.replace(/^http/, 'ws')}${COLLAB_PATH}?token=${encodeURIComponent(token)}`;
  return {
    ...host,
    dataDir,
    errors,
    request,
    async createSpeech(title) {
      const response = await request('POST', '/api/documents', { body: title === undefined ? {} : { title } });
      if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
      return (await response.json()) as DocumentSummary;
    },
    collabUrl,
    async connect(name, token) {
      const provider = await connectProvider(collabUrl(), name, token);
      cleanups.push(() => provider.destroy());
      return provider;
    },
    afterTest: (cleanup) => cleanups.push(cleanup),
  };
}

export interface StoredRows {
  documents: unknown[];
  updates: { id: number; doc_id: string; data: string }[];
  snapshots: { doc_id: string; data: string; through_update_id: number }[];
}

/** Everything the host has stored, read through a separate connection, blobs as hex for comparison. */
export function readStoredRows(dataDir: string): StoredRows {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return {
      documents: db.prepare('SELECT * FROM documents ORDER BY id').all(),
      updates: db.prepare("SELECT id, doc_id, hex(data) AS data FROM doc_updates ORDER BY id").all() as StoredRows['updates'],
      snapshots: db.prepare('SELECT doc_id, hex(data) AS data, through_update_id FROM doc_snapshots ORDER BY doc_id').all() as StoredRows['snapshots'],
    };
  } finally {
    db.close();
  }
}

/** A provider with the test host's token unless the test gives another (see node-provider.ts). */
export function connectProvider(url: string, name: string, token = TEST_TOKEN): Promise<HocuspocusProvider> {
  return connectNodeProvider(url, name, { token });
}

/** Resolves once `predicate` holds for the Y.Doc, checked after each update it receives. */
export function untilDoc(ydoc: Y.Doc, predicate: (ydoc: Y.Doc) => boolean): Promise<void> {
  if (predicate(ydoc)) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = () => {
      if (!predicate(ydoc)) return;
      ydoc.off('update', listener);
      resolve();
    };
    ydoc.on('update', listener);
  });
}

function bodyParagraph(ydoc: Y.Doc): Y.XmlElement {
  const paragraph = ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT).get(3);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('speech has no body paragraph');
  return paragraph;
}

/**
 * The text of the body paragraph of a freshly seeded speech (title, meta, salutation, paragraph), to type into.
 * Creates the paragraph's Y.XmlText when there is none yet, so only the writing client may call it.
 */
export function bodyText(ydoc: Y.Doc): Y.XmlText {
  const paragraph = bodyParagraph(ydoc);
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** Reads the body paragraph's text without changing the document. */
export function readBody(ydoc: Y.Doc): string {
  return bodyParagraph(ydoc)
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
    .join('');
}
