import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { indicator, observation, projectionDoc } from '../testing/projection-fixture';
import { IndicatorProjection } from './indicator-projection';
import { indexedDbProjectionCache } from './projection-cache';

const gdp = (value: number) => indicator('gdp', '地区生产总值增速', '%', [observation('2024-YTD09', '2024年前三季度', { value })]);
const revenue = indicator('revenue', '一般公共预算收入', '亿元', [observation('2024-YTD09', '2024年前三季度', { value: 21.37 })]);
let hosts = 0;
/** A cache of its own per test: fake-indexeddb keeps the database for the whole file. */
const nextCache = () => indexedDbProjectionCache(`host-${(hosts += 1)}`);

const valueOf = (projection: IndicatorProjection, name: string) => projection.byName.get(name)?.observations['2024-YTD09']?.value;

/** The projection as a client's provider fills it: the host's doc sent whole into an empty one. */
function received(host: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(host));
  return doc;
}

/** Resolves once the projection has told its listeners something changed (the cache was read). */
function changed(projection: IndicatorProjection): Promise<void> {
  return new Promise((resolve) => {
    const stop = projection.onChange(() => {
      stop();
      resolve();
    });
  });
}

describe('IndicatorProjection with a cache', () => {
  it('shows the last projection received after a reload without the host', async () => {
    const cache = nextCache();
    const online = new IndicatorProjection(received(projectionDoc([gdp(6.5), revenue]).doc), cache);
    online.arrived();
    online.destroy();

    const offline = new IndicatorProjection(new Y.Doc(), cache);
    expect(offline.byName.size).toBe(0);
    await changed(offline);
    expect(valueOf(offline, '地区生产总值增速')).toBe(6.5);
    expect(valueOf(offline, '一般公共预算收入')).toBe(21.37);
  });

  it('keeps every change the host sends, and lets the live projection replace the cached one whole', async () => {
    const cache = nextCache();
    const host = projectionDoc([gdp(6.5), revenue]);
    const first = received(host.doc);
    const online = new IndicatorProjection(first, cache);
    online.arrived();
    host.doc.on('update', (update: Uint8Array) => Y.applyUpdate(first, update));
    host.put(gdp(7.1));

    const offline = new IndicatorProjection(new Y.Doc(), cache);
    await changed(offline);
    expect(valueOf(offline, '地区生产总值增速')).toBe(7.1);

    // Back online: the host has rebuilt its projection meanwhile (a new Yjs history), without 一般公共预算收入.
    const rebuilt = projectionDoc([gdp(7.3)]);
    const live = new Y.Doc();
    const reconnected = new IndicatorProjection(live, cache);
    await changed(reconnected);
    Y.applyUpdate(live, Y.encodeStateAsUpdate(rebuilt.doc));
    expect(valueOf(reconnected, '地区生产总值增速')).toBe(7.3);
    expect(reconnected.byName.has('一般公共预算收入')).toBe(false);
    const later = new IndicatorProjection(new Y.Doc(), cache);
    await changed(later);
    expect([...later.byName.keys()]).toEqual(['地区生产总值增速']);
  });

  it('ignores the cache when the host answered first, also with an empty projection', async () => {
    const cache = nextCache();
    const online = new IndicatorProjection(received(projectionDoc([gdp(6.5)]).doc), cache);
    online.arrived();

    const empty = new IndicatorProjection(new Y.Doc(), cache);
    empty.arrived();
    expect(empty.byName.size).toBe(0);
    const later = new IndicatorProjection(new Y.Doc(), cache);
    await changed(later);
    expect(later.byName.size).toBe(0);
  });

  it('leaves out a cached entry that does not parse', async () => {
    const cache = nextCache();
    cache.save({ gdp: gdp(6.5), broken: { id: 'broken', name: 42 } });
    const offline = new IndicatorProjection(new Y.Doc(), cache);
    await changed(offline);
    expect([...offline.byName.keys()]).toEqual(['地区生产总值增速']);
  });
});
