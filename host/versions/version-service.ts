import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { NodeJson } from '../../common/api';
import { countDocumentCharacters } from '../../common/characters';
import { freezeDoc } from '../../common/export/freeze';
import type { Version, VersionSummary } from '../../common/versions';
import type { CollabServer } from '../collab/collab-server';
import { speechToProseMirror } from '../collab/speech-ydoc';
import type { DocumentStore } from '../db/document-store';
import { speechResolutionContext } from '../export/resolution-context';
import type { IndicatorStore } from '../indicators/indicator-store';
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

/**
 * Versions of speeches. A new version reads the speech through a Hocuspocus direct connection: the live
 * document holds every acknowledged edit, including those the metadata and compaction have not caught up with.
 */
export class VersionService {
  constructor(
    private readonly versions: VersionStore,
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
    const ystate = await this.liveState(documentId);
    const ydoc = ydocOf(ystate);
    const doc = speechToProseMirror(ydoc);
    ydoc.destroy();
    return this.versions.insert({
      id: randomUUID(),
      documentId,
      name,
      kind: 'named',
      createdBy,
      characters: countDocumentCharacters(doc),
      unresolved: 0,
      doc: doc.toJSON() as NodeJson,
      ystate,
    });
  }

  /** 定稿: a frozen version whose placeholders have become their text now. The live speech is not changed. */
  async freeze(documentId: string, name: string, createdBy: string): Promise<VersionSummary> {
    this.requireLive(documentId);
    const ystate = await this.liveState(documentId);
    const ydoc = ydocOf(ystate);
    const frozen = freezeDoc(speechToProseMirror(ydoc), speechResolutionContext(ydoc, this.indicators));
    ydoc.destroy();
    return this.versions.insert({
      id: randomUUID(),
      documentId,
      name,
      kind: 'frozen',
      createdBy,
      characters: countDocumentCharacters(frozen.doc),
      unresolved: frozen.unresolved,
      doc: frozen.doc.toJSON() as NodeJson,
      ystate,
    });
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

  private async liveState(documentId: string): Promise<Uint8Array> {
    const connection = await this.collab.hocuspocus.openDirectConnection(documentId);
    try {
      if (!connection.document) throw new Error(`document ${documentId} closed while a version was being made`);
      return Y.encodeStateAsUpdate(connection.document);
    } finally {
      await connection.disconnect();
    }
  }
}

/** A private copy of the state, so reading it never touches the live document. */
function ydocOf(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc;
}
