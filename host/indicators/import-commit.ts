import type { ColumnMapping, ImportCommitResult, ImportPreview } from '../../common/indicators';
import { checkImport } from './import-check';
import type { IndicatorStore } from './indicator-store';
import type { Sheet } from './sheet';

export type ImportOutcome = { ok: true; result: ImportCommitResult } | { ok: false; preview: ImportPreview };

/**
 * Checks and writes a file in ONE transaction: the check sees the store exactly as the writes will, and any
 * error leaves the store untouched. Indicators the file names for the first time are created with the row's unit.
 */
export function commitImport(file: string, sheet: Sheet, store: IndicatorStore, actor: string, mapping?: ColumnMapping): ImportOutcome {
  return store.transaction((): ImportOutcome => {
    const preview = checkImport(file, sheet, store, mapping);
    if (preview.errors.length > 0) return { ok: false, preview };
    const result: ImportCommitResult = { file, indicatorsCreated: 0, observationsCreated: 0, observationsChanged: 0, observationsUnchanged: 0 };
    const created = new Map<string, string>();
    for (const row of preview.rows) {
      let indicatorId = row.indicatorId ?? created.get(row.indicator);
      if (indicatorId === undefined) {
        indicatorId = store.create({ name: row.indicator, unit: row.unit }).id;
        created.set(row.indicator, indicatorId);
        result.indicatorsCreated += 1;
      }
      const change = store.putObservation(indicatorId, row.period, row, actor);
      if (change === 'new') result.observationsCreated += 1;
      else if (change === 'changed') result.observationsChanged += 1;
      else result.observationsUnchanged += 1;
    }
    return { ok: true, result };
  });
}
