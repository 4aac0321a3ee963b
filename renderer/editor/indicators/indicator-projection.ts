import type * as Y from 'yjs';
import { INDICATORS_MAP, projectedIndicatorSchema, type ProjectedIndicator } from '../../../common/indicators';

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
 */
export class IndicatorProjection implements IndicatorSource {
  private readonly map: Y.Map<unknown>;
  private readonly byId = new Map<string, ProjectedIndicator>();
  private readonly listeners = new Set<() => void>();
  byName: ReadonlyMap<string, ProjectedIndicator> = new Map();

  private readonly observe = (event: Y.YMapEvent<unknown>): void => {
    for (const id of event.keysChanged) this.read(id);
    this.rebuild();
  };

  constructor(doc: Y.Doc) {
    this.map = doc.getMap(INDICATORS_MAP);
    for (const id of this.map.keys()) this.read(id);
    this.rebuild();
    this.map.observe(this.observe);
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

  private rebuild(): void {
    this.byName = new Map([...this.byId.values()].map((indicator) => [indicator.name, indicator]));
    for (const listener of this.listeners) listener();
  }
}

/** A projection that never has anything: for views that open no connection (tests, previews). */
export const NO_INDICATORS: IndicatorSource = { byName: new Map(), onChange: () => () => undefined };
