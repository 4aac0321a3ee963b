import { randomUUID } from 'node:crypto';
import type { Node } from 'prosemirror-model';
import { updateYFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import type { NodeJson } from '../../common/api';
import { countDocumentCharacters } from '../../common/characters';
import { freezeDoc } from '../../common/export/freeze';
import {
  AUTO_VERSION_NAME,
  BEFORE_RESTORE_NAME,
  restoredVersionName,
  type AuthorIdentity,
  type HistoryResponse,
  type RestoreVersionResponse,
  type Version,
  type VersionKind,
  type VersionSummary,
} from '../../common/versions';
import type { CollabServer } from '../collab/collab-server';
import { speechFragment, speechToProseMirror, speechVariables } from '../collab/speech-ydoc';
import type { DocumentStore } from '../db/document-store';
import { speechResolutionContext } from '../export/resolution-context';
import type { IndicatorStore } from '../indicators/indicator-store';
import { authorJson, type AuthorStore } from './author-store';
import { revertTexts } from './revert-texts';
import type { VersionStore } from './version-store';

/** A version request refused; `code` is the API error code it maps to. */
export class VersionError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'VersionError';
  }
}

/** The Yjs origin of the change a restore makes to the live document. */
export const RESTORE_ORIGIN = Symbol('speechdesk-restore');

/**
 * Versions of speeches. A version reads the speech through a Hocuspocus direct connection: the live document
 * holds every acknowledged edit, including those the metadata and compaction have not caught up with, and it
 * keeps deleted content (gc off), so the snapshot a version stores can be rendered against it later.
 */
export class VersionService {
  constructor(
    private readonly versions: VersionStore,
    private readonly authors: AuthorStore,
    private readonly documents: DocumentStore,
    private readonly indicators: IndicatorStore,
    private readonly collab: CollabServer,
  ) {}

  list(documentId: string): VersionSummary[] {
    this.requireDocument(documentId);
    return this.versions.list(documentId);
  }

  get(documentId: string, versionId: string): Version {
    this.requireDocument(documentId);
    const version = this.versions.get(documentId, versionId);
    if (!version) throw new VersionError('not_found', `version ${versionId} of document ${documentId} not found`);
    return version;
  }

  /** A named version: the speech as it reads now, placeholders and all. */
  async createNamed(documentId: string, name: string, createdBy: string): Promise<VersionSummary> {
    this.requireLive(documentId);
    return this.withLive(documentId, (live) => this.record(documentId, live, name, 'named', createdBy));
  }

  /** 定稿: a frozen version whose placeholders have become their text now. The live speech is not changed. */
  async freeze(documentId: string, name: string, createdBy: string): Promise<VersionSummary> {
    this.requireLive(documentId);
    return this.withLive(documentId, (live) => {
      const copy = compactCopy(live);
      const frozen = freezeDoc(speechToProseMirror(copy.ydoc), speechResolutionContext(copy.ydoc, this.indicators));
      copy.ydoc.destroy();
      return this.versions.insert({
        id: randomUUID(),
        documentId,
        name,
        kind: 'frozen',
        createdBy,
        characters: countDocumentCharacters(frozen.doc),
        unresolved: frozen.unresolved,
        doc: frozen.doc.toJSON() as NodeJson,
        ystate: copy.state,
        snapshot: Y.encodeSnapshot(Y.snapshot(live)),
      });
    });
  }

  /**
   * An automatic version of a loaded speech, when it has changed since its newest version; null when it has not.
   * The caller decides when (see AutoVersions).
   */
  createAuto(documentId: string, live: Y.Doc, createdBy: string): VersionSummary | null {
    const summary = this.documents.getDocument(documentId);
    if (!summary || summary.deletedAt !== null || !this.changedSinceLatest(documentId, live)) return null;
    return this.record(documentId, live, AUTO_VERSION_NAME, 'auto', createdBy);
  }

  /**
   * Brings a version's text (and variables) back as a new change by `author` on top of the history: nothing is
   * deleted from the history, the change is stored like any edit before anyone sees it, and versions before
   * (when the speech changed since the newest one) and after let the restore be compared and undone.
   */
  async restore(documentId: string, versionId: string, author: AuthorIdentity): Promise<RestoreVersionResponse> {
    this.requireLive(documentId);
    const source = this.get(documentId, versionId);
    const ystate = this.versions.ystate(documentId, versionId);
    if (!ystate) throw new VersionError('not_found', `version ${versionId} of document ${documentId} not found`);
    const old = ydocOf(ystate);
    const target = { doc: speechToProseMirror(old), variables: speechVariables(old).toJSON(), snapshot: source.snapshot === null ? null : Y.decodeSnapshot(Buffer.from(source.snapshot, 'base64')) };
    old.destroy();
    return this.withLive(documentId, (live) => {
      const before = this.changedSinceLatest(documentId, live) ? this.record(documentId, live, BEFORE_RESTORE_NAME, 'named', author.name) : null;
      const change = restoreChange(live, target);
      // Attributed before it is applied: once applied, it is the live document's and may be compared at once.
      this.authors.record(documentId, author, change);
      Y.applyUpdate(live, change, RESTORE_ORIGIN);
      const restored = this.record(documentId, live, restoredVersionName(source.name), 'named', author.name);
      return { before, restored };
    });
  }

  /** The speech with its whole history and its authors, for compare. */
  async history(documentId: string): Promise<HistoryResponse> {
    this.requireDocument(documentId);
    return this.withLive(documentId, (live) => ({
      state: base64(Y.encodeStateAsUpdate(live)),
      snapshot: base64(Y.encodeSnapshot(Y.snapshot(live))),
      authors: this.authors.list(documentId).map(authorJson),
    }));
  }

  private record(documentId: string, live: Y.Doc, name: string, kind: VersionKind, createdBy: string): VersionSummary {
    const copy = compactCopy(live);
    const doc = speechToProseMirror(copy.ydoc);
    copy.ydoc.destroy();
    return this.versions.insert({
      id: randomUUID(),
      documentId,
      name,
      kind,
      createdBy,
      characters: countDocumentCharacters(doc),
      unresolved: 0,
      doc: doc.toJSON() as NodeJson,
      ystate: copy.state,
      snapshot: Y.encodeSnapshot(Y.snapshot(live)),
    });
  }

  /** Whether anything was added or deleted since the newest version (always, for a version without a snapshot). */
  private changedSinceLatest(documentId: string, live: Y.Doc): boolean {
    const latest = this.versions.latest(documentId);
    if (!latest?.snapshot) return true;
    return !Y.equalSnapshots(Y.decodeSnapshot(latest.snapshot), Y.snapshot(live));
  }

  private requireDocument(documentId: string) {
    const summary = this.documents.getDocument(documentId);
    if (!summary) throw new VersionError('not_found', `document ${documentId} not found`);
    return summary;
  }

  /** Versions are made of speeches in the library only: one in the trash is not being worked on. */
  private requireLive(documentId: string): void {
    if (this.requireDocument(documentId).deletedAt !== null) throw new VersionError('conflict', `document ${documentId} is in the trash`);
  }

  /** Runs `work` on the loaded speech, loading it for the while if nobody has it open. */
  private async withLive<T>(documentId: string, work: (live: Y.Doc) => T): Promise<T> {
    const connection = await this.collab.hocuspocus.openDirectConnection(documentId);
    try {
      if (!connection.document) throw new Error(`document ${documentId} closed while its versions were being read`);
      return work(connection.document);
    } finally {
      await connection.disconnect();
    }
  }
}

/** What a restore brings back: the version's text and variables, and its snapshot when it has one. */
interface RestoreTarget {
  doc: Node;
  variables: Record<string, unknown>;
  snapshot: Y.Snapshot | null;
}

/**
 * The update that makes the live document read as the target: computed on a copy with a client ID of its own
 * (so the change is attributable to the restoring user alone). With the version's snapshot, the texts are first
 * reverted item by item (exactly the changes made since); y-prosemirror's own diff then brings the structure,
 * marks and placeholders in line, leaving what already matches as it is.
 */
function restoreChange(live: Y.Doc, target: RestoreTarget): Uint8Array {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(live));
  if (target.snapshot) revertTexts(scratch, speechFragment(scratch), target.snapshot);
  const { variables } = target;
  scratch.transact(() => {
    updateYFragment(scratch, speechFragment(scratch), target.doc, { mapping: new Map(), isOMark: new Map() });
    const map = speechVariables(scratch);
    for (const key of [...map.keys()]) if (!(key in variables)) map.delete(key);
    for (const [key, value] of Object.entries(variables)) if (map.get(key) !== value) map.set(key, value);
  });
  const change = Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(live));
  scratch.destroy();
  return change;
}

/**
 * A private copy of the live state without its deleted content (gc on), so reading it never touches the live
 * document and a version's own state stays the size of its text, not of the history.
 */
function compactCopy(live: Y.Doc): { ydoc: Y.Doc; state: Uint8Array } {
  const ydoc = ydocOf(Y.encodeStateAsUpdate(live));
  return { ydoc, state: Y.encodeStateAsUpdate(ydoc) };
}

function ydocOf(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
