import type * as Y from 'yjs';
import {
  INDICATORS_DOCUMENT,
  type ColumnMapping,
  type CreateIndicatorRequest,
  type DeleteIndicatorResponse,
  type HistoryEntry,
  type ImportPreview,
  type Indicator,
  type IndicatorFileFormat,
  type IndicatorWithObservations,
  type ListIndicatorsQuery,
  type Observation,
  type ObservationValues,
  type UpdateIndicatorRequest,
  type UpdateIndicatorResponse,
} from '../../common/indicators';
import { parsePeriod, periodFromKey, periodKey, PeriodError, type Period } from '../../common/period';
import type { CollabServer } from '../collab/collab-server';
import type { DocumentStore } from '../db/document-store';
import { exportIndicators } from './indicator-export';
import { syncProjection } from './indicator-projection';
import { IndicatorError, type IndicatorStore } from './indicator-store';
import { checkImport } from './import-check';
import { commitImport, type ImportOutcome } from './import-commit';
import { countIndicatorReferences, renameIndicatorReferences } from './placeholder-references';
import { readSheetFile } from './sheet-file';

/** A period named in a request: a key (2024-YTD09) or as writers write it (2024年前三季度). */
export function periodOfRequest(text: string): Period {
  try {
    return periodFromKey(text);
  } catch {
    try {
      return parsePeriod(text);
    } catch (error) {
      if (error instanceof PeriodError) throw new IndicatorError('bad_request', error.message);
      throw error;
    }
  }
}

const matches = (indicator: Indicator, query: string) =>
  [indicator.name, indicator.category, indicator.description].some((text) => text.toLowerCase().includes(query.toLowerCase()));

/**
 * The indicator store as the host serves it: every change is written to SQLite, then to the live projection
 * document before the request answers, so connected clients see the figure without reloading. Renames and
 * deletes also look into every stored speech, because placeholders name indicators in their expressions.
 */
export class IndicatorService {
  constructor(
    private readonly store: IndicatorStore,
    private readonly documents: DocumentStore,
    private readonly collab: CollabServer,
  ) {}

  list({ q = '', category, observations = 'latest' }: ListIndicatorsQuery): IndicatorWithObservations[] {
    const all = this.store.allObservations();
    return this.store
      .list()
      .filter((indicator) => (category === undefined || indicator.category === category) && (q === '' || matches(indicator, q)))
      .map((indicator) => {
        const list = all.get(indicator.id) ?? [];
        return { ...indicator, observations: observations === 'all' ? list : list.slice(0, 1) };
      });
  }

  get(id: string): IndicatorWithObservations {
    return { ...this.store.require(id), observations: this.store.observations(id) };
  }

  async create(request: CreateIndicatorRequest): Promise<Indicator> {
    const indicator = this.store.create(request);
    await this.publish();
    return indicator;
  }

  async update(id: string, { name, ...rest }: UpdateIndicatorRequest): Promise<UpdateIndicatorResponse> {
    const renamed = name === undefined ? { indicator: this.store.require(id), placeholdersRewritten: 0 } : await this.renameIndicator(id, name);
    if (Object.keys(rest).length === 0) return renamed;
    const indicator = this.store.update(id, rest);
    await this.publish();
    return { indicator, placeholdersRewritten: renamed.placeholdersRewritten };
  }

  /**
   * Renames the indicator and rewrites every placeholder in every stored speech (trash included, since a
   * speech can come back) that reads the old name, through Hocuspocus so that open editors see the new key.
   */
  async renameIndicator(id: string, newName: string): Promise<UpdateIndicatorResponse> {
    const oldName = this.store.require(id).name;
    if (oldName === newName) return { indicator: this.store.require(id), placeholdersRewritten: 0 };
    const indicator = this.store.update(id, { name: newName });
    await this.publish();
    let placeholdersRewritten = 0;
    await this.eachSpeech((ydoc) => {
      placeholdersRewritten += renameIndicatorReferences(ydoc, oldName, newName);
    });
    return { indicator, placeholdersRewritten };
  }

  /** Deletes the indicator with its observations and history; placeholders naming it stay, unresolved. */
  async delete(id: string): Promise<DeleteIndicatorResponse> {
    const { name } = this.store.require(id);
    let placeholdersUnresolved = 0;
    await this.eachSpeech((ydoc) => {
      placeholdersUnresolved += countIndicatorReferences(ydoc, name);
    });
    this.store.delete(id);
    await this.publish();
    return { placeholdersUnresolved };
  }

  async putObservation(id: string, periodText: string, values: ObservationValues, actor: string): Promise<Observation> {
    const period = periodKey(periodOfRequest(periodText));
    this.store.putObservation(
      id,
      period,
      { value: values.value, rank: values.rank ?? null, rankOf: values.rankOf ?? null, target: values.target ?? null, source: values.source || null, note: values.note || null },
      actor,
    );
    await this.publish();
    const observation = this.store.getObservation(id, period);
    if (!observation) throw new Error(`observation ${id} ${period} vanished after it was written`);
    return observation;
  }

  async deleteObservation(id: string, periodText: string, actor: string): Promise<void> {
    this.store.require(id);
    this.store.deleteObservation(id, periodKey(periodOfRequest(periodText)), actor);
    await this.publish();
  }

  history(id: string): HistoryEntry[] {
    return this.store.history(id);
  }

  async previewImport(filename: string, bytes: Uint8Array, mapping?: ColumnMapping): Promise<ImportPreview> {
    const read = await readSheetFile(filename, bytes);
    return read.ok ? checkImport(filename, read.sheet, this.store, mapping) : read.preview;
  }

  async commitImport(filename: string, bytes: Uint8Array, actor: string, mapping?: ColumnMapping): Promise<ImportOutcome> {
    const read = await readSheetFile(filename, bytes);
    if (!read.ok) return { ok: false, preview: read.preview };
    const outcome = commitImport(filename, read.sheet, this.store, actor, mapping);
    if (outcome.ok) await this.publish();
    return outcome;
  }

  export(format: IndicatorFileFormat): Promise<Buffer> {
    return exportIndicators(this.store, format);
  }

  /** Brings the projection document in line with the store (loading it first if no client has it open). */
  private async publish(): Promise<void> {
    const connection = await this.collab.hocuspocus.openDirectConnection(INDICATORS_DOCUMENT);
    try {
      await connection.transact((ydoc) => syncProjection(ydoc, this.store));
    } finally {
      await connection.disconnect();
    }
  }

  /** Runs `visit` on every stored speech's live document, one at a time, each in a Hocuspocus transaction. */
  private async eachSpeech(visit: (ydoc: Y.Doc) => void): Promise<void> {
    const ids = [...this.documents.listDocuments(), ...this.documents.listDocuments({ trash: true })].map((summary) => summary.id);
    for (const id of ids) {
      const connection = await this.collab.hocuspocus.openDirectConnection(id);
      try {
        await connection.transact(visit);
      } finally {
        await connection.disconnect();
      }
    }
  }
}
