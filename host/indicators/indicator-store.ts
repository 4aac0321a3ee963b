import { randomUUID } from 'node:crypto';
import {
  comparePeriodKeys,
  observationFiguresSchema,
  type HistoryEntry,
  type Indicator,
  type IndicatorUnit,
  type Observation,
  type ObservationFigures,
} from '../../common/indicators';
import { periodFromKey, periodLabel } from '../../common/period';
import type { SqliteDatabase } from '../db/database';

/** A store operation refused; `code` is the API error code it maps to. */
export class IndicatorError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'bad_request',
    message: string,
  ) {
    super(message);
    this.name = 'IndicatorError';
  }
}

interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  category: string;
  description: string;
  higher_is_better: number;
}

interface ObservationRow {
  indicator_id: string;
  period: string;
  value: number;
  rank: number | null;
  rank_of: number | null;
  target: number | null;
  source: string | null;
  note: string | null;
  changed_by: string;
  changed_at: number;
}

interface HistoryRow {
  id: number;
  indicator_id: string;
  period: string;
  old_figures: string | null;
  new_figures: string | null;
  changed_by: string;
  changed_at: number;
}

export interface NewIndicator {
  name: string;
  unit: IndicatorUnit;
  category?: string;
  description?: string;
  higherIsBetter?: boolean;
}

export type IndicatorChanges = Partial<NewIndicator>;

/** What writing one observation did. */
export type ObservationChange = 'new' | 'changed' | 'unchanged';

const toIndicator = (row: IndicatorRow): Indicator => ({
  id: row.id,
  name: row.name,
  unit: row.unit as IndicatorUnit,
  category: row.category,
  description: row.description,
  higherIsBetter: row.higher_is_better === 1,
});

const toObservation = (row: ObservationRow): Observation => ({
  indicatorId: row.indicator_id,
  period: row.period,
  periodLabel: periodLabel(periodFromKey(row.period)),
  value: row.value,
  rank: row.rank,
  rankOf: row.rank_of,
  target: row.target,
  source: row.source,
  note: row.note,
  changedBy: row.changed_by,
  changedAt: new Date(row.changed_at).toISOString(),
});

const figuresOf = (observation: ObservationFigures): ObservationFigures => ({
  value: observation.value,
  rank: observation.rank,
  rankOf: observation.rankOf,
  target: observation.target,
  source: observation.source,
  note: observation.note,
});

/** Whether two observations hold the same figures (who and when aside). */
export const sameFigures = (a: ObservationFigures, b: ObservationFigures) => JSON.stringify(figuresOf(a)) === JSON.stringify(figuresOf(b));

const readFigures = (json: string | null) => (json === null ? null : observationFiguresSchema.parse(JSON.parse(json)));

const isUniqueViolation = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * The SQL of the indicator store. Methods are synchronous; `transaction` runs several of them as one, so an
 * import either writes every row or none. `actor` is who changes a figure: the token's role name until
 * invitations bring users.
 */
export class IndicatorStore {
  private lastTime = 0;
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insertIndicator: db.prepare(
        `INSERT INTO indicators (id, name, unit, category, description, higher_is_better, created_at, updated_at)
         VALUES (@id, @name, @unit, @category, @description, @higherIsBetter, @now, @now)`,
      ),
      updateIndicator: db.prepare(
        `UPDATE indicators SET name = @name, unit = @unit, category = @category, description = @description,
         higher_is_better = @higherIsBetter, updated_at = @now WHERE id = @id`,
      ),
      deleteIndicator: db.prepare('DELETE FROM indicators WHERE id = ?'),
      getIndicator: db.prepare<[string], IndicatorRow>('SELECT * FROM indicators WHERE id = ?'),
      getIndicatorByName: db.prepare<[string], IndicatorRow>('SELECT * FROM indicators WHERE name = ?'),
      listIndicators: db.prepare<[], IndicatorRow>('SELECT * FROM indicators ORDER BY category, name'),
      getObservation: db.prepare<[string, string], ObservationRow>('SELECT * FROM observations WHERE indicator_id = ? AND period = ?'),
      observationsOf: db.prepare<[string], ObservationRow>('SELECT * FROM observations WHERE indicator_id = ?'),
      allObservations: db.prepare<[], ObservationRow>('SELECT * FROM observations'),
      upsertObservation: db.prepare(
        `INSERT INTO observations (indicator_id, period, value, rank, rank_of, target, source, note, changed_by, changed_at)
         VALUES (@indicatorId, @period, @value, @rank, @rankOf, @target, @source, @note, @actor, @now)
         ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value, rank = excluded.rank,
           rank_of = excluded.rank_of, target = excluded.target, source = excluded.source, note = excluded.note,
           changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
      ),
      deleteObservation: db.prepare('DELETE FROM observations WHERE indicator_id = ? AND period = ?'),
      insertHistory: db.prepare(
        `INSERT INTO observation_history (indicator_id, period, old_figures, new_figures, changed_by, changed_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      historyOf: db.prepare<[string], HistoryRow>('SELECT * FROM observation_history WHERE indicator_id = ? ORDER BY id DESC'),
    };
  }

  /** Milliseconds, strictly increasing within the process, so that history has a total order by time too. */
  private now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  list(): Indicator[] {
    return this.statements.listIndicators.all().map(toIndicator);
  }

  get(id: string): Indicator | undefined {
    const row = this.statements.getIndicator.get(id);
    return row && toIndicator(row);
  }

  require(id: string): Indicator {
    const indicator = this.get(id);
    if (!indicator) throw new IndicatorError('not_found', `indicator ${id} not found`);
    return indicator;
  }

  findByName(name: string): Indicator | undefined {
    const row = this.statements.getIndicatorByName.get(name);
    return row && toIndicator(row);
  }

  create(indicator: NewIndicator): Indicator {
    const id = randomUUID();
    this.guardName(indicator.name, () =>
      this.statements.insertIndicator.run({
        id,
        name: indicator.name,
        unit: indicator.unit,
        category: indicator.category ?? '',
        description: indicator.description ?? '',
        higherIsBetter: indicator.higherIsBetter === false ? 0 : 1,
        now: this.now(),
      }),
    );
    return this.require(id);
  }

  update(id: string, changes: IndicatorChanges): Indicator {
    const next = { ...this.require(id), ...changes };
    this.guardName(next.name, () =>
      this.statements.updateIndicator.run({ ...next, id, higherIsBetter: next.higherIsBetter ? 1 : 0, now: this.now() }),
    );
    return this.require(id);
  }

  delete(id: string): void {
    this.require(id);
    this.statements.deleteIndicator.run(id);
  }

  /** Observations of one indicator, newest period first. */
  observations(indicatorId: string): Observation[] {
    return this.statements.observationsOf
      .all(indicatorId)
      .map(toObservation)
      .sort((a, b) => comparePeriodKeys(a.period, b.period));
  }

  /** Every observation by indicator id, each list newest period first. */
  allObservations(): Map<string, Observation[]> {
    const byIndicator = new Map<string, Observation[]>();
    for (const row of this.statements.allObservations.all()) {
      const list = byIndicator.get(row.indicator_id) ?? [];
      list.push(toObservation(row));
      byIndicator.set(row.indicator_id, list);
    }
    for (const list of byIndicator.values()) list.sort((a, b) => comparePeriodKeys(a.period, b.period));
    return byIndicator;
  }

  getObservation(indicatorId: string, period: string): Observation | undefined {
    const row = this.statements.getObservation.get(indicatorId, period);
    return row && toObservation(row);
  }

  /** Writes one observation and, when its figures change, a history entry, in one transaction. */
  putObservation(indicatorId: string, period: string, figures: ObservationFigures, actor: string): ObservationChange {
    return this.transaction(() => {
      this.require(indicatorId);
      const previous = this.statements.getObservation.get(indicatorId, period);
      const old = previous ? figuresOf(toObservation(previous)) : null;
      if (old && sameFigures(old, figures)) return 'unchanged';
      const now = this.now();
      this.statements.upsertObservation.run({ indicatorId, period, ...figuresOf(figures), actor, now });
      this.statements.insertHistory.run(indicatorId, period, old && JSON.stringify(old), JSON.stringify(figuresOf(figures)), actor, now);
      return old ? 'changed' : 'new';
    });
  }

  /** Deletes one observation, keeping its last figures in the history. */
  deleteObservation(indicatorId: string, period: string, actor: string): void {
    this.transaction(() => {
      const previous = this.statements.getObservation.get(indicatorId, period);
      if (!previous) throw new IndicatorError('not_found', `indicator ${indicatorId} has no observation for ${period}`);
      this.statements.deleteObservation.run(indicatorId, period);
      this.statements.insertHistory.run(indicatorId, period, JSON.stringify(figuresOf(toObservation(previous))), null, actor, this.now());
    });
  }

  /** Every change of the indicator's observations, newest first. */
  history(indicatorId: string): HistoryEntry[] {
    this.require(indicatorId);
    return this.statements.historyOf.all(indicatorId).map((row) => ({
      id: row.id,
      indicatorId: row.indicator_id,
      period: row.period,
      periodLabel: periodLabel(periodFromKey(row.period)),
      old: readFigures(row.old_figures),
      new: readFigures(row.new_figures),
      changedBy: row.changed_by,
      changedAt: new Date(row.changed_at).toISOString(),
    }));
  }

  private guardName(name: string, write: () => unknown): void {
    try {
      write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new IndicatorError('conflict', `an indicator named ${name} exists already`);
      throw error;
    }
  }
}
