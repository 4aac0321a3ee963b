import type * as Y from 'yjs';
import { INDICATORS_MAP, projectedIndicatorSchema, type ProjectedIndicator } from '../../../common/indicators';
import type { ProjectionCache } from './projection-cache';

/** The store's indicators as the editor reads them: by name, as placeholder expressions name them. */
export interface IndicatorSource {
  /** Replaced (never mutated) on every change, so that a plugin can tell a new projection by identity. */
  readonly byName: ReadonlyMap<string, ProjectedIndicator>;
  onChange(listener: () => void): () => void;
}

/**
 * Follows the host's indicator projection (a Y.Map of indicator id → ProjectedIndicator JSON) in a Y.Doc the
 * projection's provider syncs. Entries are replaced whole on the host, so each change re-reads only the ids
 * the event names. An entry that does not parse is left out rather than trusted: a chip then shows its fallback.
 *
 * With a cache, the last projection received is kept, and shown until the host's arrives (after a reload
 * without the host); the host's then replaces it whole, and is kept in its turn.
 */
export class IndicatorProjection implements IndicatorSource {
  private readonly map: Y.Map<unknown>;
  private byId = new Map<string, ProjectedIndicator>();
  private readonly listeners = new Set<() => void>();
  /** The host's projection has arrived: what the map holds is the truth, and the cache is only written. */
  private live = false;
  byName: ReadonlyMap<string, ProjectedIndicator> = new Map();

  private readonly observe = (event: Y.YMapEvent<unknown>): void => {
    if (!this.live) return this.arrived();
    for (const id of event.keysChanged) this.read(id);
    this.rebuild();
  };

  constructor(
    doc: Y.Doc,
    private readonly cache: ProjectionCache | null = null,
  ) {
    this.map = doc.getMap(INDICATORS_MAP);
    for (const id of this.map.keys()) this.read(id);
    this.rebuild();
    this.map.observe(this.observe);
    // Without a cache the map is all there is: live from the start, as before caching.
    if (!cache) this.live = true;
    else void cache.load().then((stored) => this.restore(stored));
  }

  /**
   * The host has answered, with an empty projection maybe (then the map never changes): from now on the map
   * is the truth. Calling it again changes nothing.
   */
  arrived(): void {
    if (this.live) return;
    this.live = true;
    this.byId = new Map();
    for (const id of this.map.keys()) this.read(id);
    this.rebuild();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.map.unobserve(this.observe);
    this.listeners.clear();
  }

  private read(id: string): void {
    const parsed = projectedIndicatorSchema.safeParse(this.map.get(id));
    if (parsed.success) this.byId.set(id, parsed.data);
    else this.byId.delete(id);
  }

  /** The cached projection, unless the host's came first. */
  private restore(stored: Record<string, unknown> | null): void {
    if (this.live || !stored) return;
    for (const [id, entry] of Object.entries(stored)) {
      const parsed = projectedIndicatorSchema.safeParse(entry);
      if (parsed.success) this.byId.set(id, parsed.data);
    }
    this.rebuild();
  }

  private rebuild(): void {
    this.byName = new Map([...this.byId.values()].map((indicator) => [indicator.name, indicator]));
    if (this.live) this.cache?.save(Object.fromEntries(this.byId));
    for (const listener of this.listeners) listener();
  }
}

/** A projection that never has anything: for views that open no connection (tests, previews). */
export const NO_INDICATORS: IndicatorSource = { byName: new Map(), onChange: () => () => undefined };
