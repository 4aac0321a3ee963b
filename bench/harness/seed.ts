import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { apiRoutes, type DocumentSummary } from '../../common/api';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { indicatorRoutes, type Indicator } from '../../common/indicators';
import { VARIABLES_MAP } from '../../common/variables';
import { PERIOD, RANK_OF, WORKLOAD_INDICATORS } from '../workload/indicators';
import { MEETING } from '../workload/phrases';
import type { BuiltHost } from './built-host';
import { allAcknowledged, connectProvider } from '../../host/testing/node-provider';

/** The speech's variables: the period under review decides which figures its chips show. */
const VARIABLES = { period: PERIOD, meeting: MEETING, region: '高新区', speaker: '王志明', date: '2024年10月9日' };

/** Writes the speech into a Y.Doc as the editor would hold it (fragment + variables), in one transaction. */
export function writeSpeech(ydoc: Y.Doc, doc: Node): void {
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT));
    const variables = ydoc.getMap(VARIABLES_MAP);
    for (const [key, value] of Object.entries(VARIABLES)) variables.set(key, value);
  });
}

/** The speech as one Yjs update, for servers that store nothing (the bare baseline is seeded by its clients). */
export function speechUpdate(doc: Node): Uint8Array {
  const ydoc = new Y.Doc();
  writeSpeech(ydoc, doc);
  return Y.encodeStateAsUpdate(ydoc);
}

/** The indicator store of the workload: every indicator with its figures for the period, through the API. */
export async function seedIndicators(host: BuiltHost): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const indicator of WORKLOAD_INDICATORS) {
    const created = await host.api<Indicator>(indicatorRoutes.indicators(), { method: 'POST', body: { name: indicator.name, unit: indicator.unit } });
    ids.set(indicator.name, created.id);
    const figures = { value: indicator.value, rank: indicator.rank, rankOf: RANK_OF, source: '区统计局', ...(indicator.target === undefined ? {} : { target: indicator.target }) };
    await host.api(indicatorRoutes.observation(created.id, PERIOD), { method: 'PUT', body: figures });
  }
  return ids;
}

/**
 * A new speech with the workload's content: created through the API (the host seeds it), then written through
 * Hocuspocus by a client, as an editor would, and acknowledged (so it is stored) before this returns.
 */
export async function seedSpeech(host: BuiltHost, doc: Node): Promise<string> {
  const created = await host.api<DocumentSummary>(apiRoutes.documents(), { method: 'POST', body: { title: doc.firstChild?.textContent ?? '讲话' } });
  const provider = await connectProvider(host.collabUrl, created.id, { token: host.token });
  writeSpeech(provider.document, doc);
  await allAcknowledged(provider);
  provider.destroy();
  return created.id;
}

/** The workload as ProseMirror JSON in a file, for the bare pages (served as /workload.json). */
export function writeWorkloadFile(dir: string, doc: Node): string {
  const file = join(dir, 'workload.json');
  writeFileSync(file, JSON.stringify(doc.toJSON()));
  return file;
}
