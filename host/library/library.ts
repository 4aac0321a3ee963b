import { randomUUID } from 'node:crypto';
import type { Node } from 'prosemirror-model';
import * as Y from 'yjs';
import { MAX_TITLE_LENGTH, type CreateDocumentRequest, type DocumentSummary } from '../../common/api';
import { commentsDocumentName } from '../../common/collab';
import { DEFAULT_NUMBERING_STYLE, type NumberingStyle } from '../../common/numbering-style';
import type { CollabServer } from '../collab/collab-server';
import { readSpeechMetadata, seedSpeechState, speechState, writeSpeechTitle } from '../collab/speech-ydoc';
import type { DocumentStore, ListOptions } from '../db/document-store';

/** A library operation refused; `code` is the API error code it maps to. */
export class LibraryError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

const COPY_SUFFIX = '副本';

export function copyTitle(title: string): string {
  if (!title) return COPY_SUFFIX;
  return `${title.slice(0, MAX_TITLE_LENGTH - COPY_SUFFIX.length - 1)} ${COPY_SUFFIX}`;
}

/**
 * Stores a new speech with the given content (an import), seeded on the host in one step like every new speech.
 * Needs only the store: a speech that does not exist yet is open in no editor, so the CLI may call it without a
 * running host, and a running host loads it from the database when it is first opened.
 */
export function createSpeechFromDoc(store: DocumentStore, doc: Node, numberingStyle: NumberingStyle, variables: Readonly<Record<string, string>> = {}): DocumentSummary {
  return insertSpeech(store, speechState(doc, numberingStyle, variables), numberingStyle);
}

/** Stores a new speech's Yjs state with the library's view of it (title, 字数, style). */
function insertSpeech(store: DocumentStore, state: Uint8Array, fallbackStyle: NumberingStyle, comments?: Uint8Array): DocumentSummary {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  const metadata = readSpeechMetadata(ydoc, fallbackStyle);
  ydoc.destroy();
  return store.createDocument({ id: randomUUID(), ...metadata, state, ...(comments ? { comments } : {}) });
}

/**
 * The operations of the 文稿库. Whatever changes a speech's content (its title included) goes through its
 * Yjs document, so that open editors see it and the update log stays the one source of the text.
 */
export class Library {
  constructor(
    private readonly store: DocumentStore,
    private readonly collab: CollabServer,
  ) {}

  /** Lists with the title and 字数 of open speeches as they are now, not as of the last pause in typing. */
  list(options: ListOptions): DocumentSummary[] {
    this.collab.metadata.flushAll();
    return this.store.listDocuments(options);
  }

  get(id: string): DocumentSummary {
    this.collab.metadata.flush(id);
    const summary = this.store.getDocument(id);
    if (!summary) throw new LibraryError('not_found', `document ${id} not found`);
    return summary;
  }

  create({ title = '', numberingStyle = DEFAULT_NUMBERING_STYLE }: CreateDocumentRequest): DocumentSummary {
    return insertSpeech(this.store, seedSpeechState(title, numberingStyle), numberingStyle);
  }

  /** A new speech with given content and document variables (from a skeleton), seeded here like every other. */
  createSeeded(doc: Node, numberingStyle: NumberingStyle, variables: Readonly<Record<string, string>>): DocumentSummary {
    return createSpeechFromDoc(this.store, doc, numberingStyle, variables);
  }

  createFromDoc(doc: Node, numberingStyle: NumberingStyle): DocumentSummary {
    return createSpeechFromDoc(this.store, doc, numberingStyle);
  }

  async rename(id: string, title: string): Promise<DocumentSummary> {
    this.requireInLibrary(id);
    const connection = await this.collab.hocuspocus.openDirectConnection(id);
    try {
      await connection.transact((document) => writeSpeechTitle(document, title));
      if (connection.document) this.collab.metadata.refresh(id, connection.document);
    } finally {
      await connection.disconnect();
    }
    return this.get(id);
  }

  /**
   * A new speech with the text and the comments of `id`. Both Yjs states are copied as they are, history and
   * all, and only the title is written on top: comment anchors are Yjs relative positions naming the text's
   * items by ID, so they resolve in the copy only because its text has the same items.
   */
  async duplicate(id: string): Promise<DocumentSummary> {
    const source = this.requireInLibrary(id);
    const state = await this.currentState(id);
    const comments = await this.currentState(commentsDocumentName(id));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    writeSpeechTitle(copy, copyTitle(source.title));
    const summary = insertSpeech(this.store, Y.encodeStateAsUpdate(copy), source.numberingStyle, comments);
    copy.destroy();
    return summary;
  }

  /** A collaboration document's whole state as the host holds it now, edits not yet stored included. */
  private async currentState(name: string): Promise<Uint8Array> {
    const connection = await this.collab.hocuspocus.openDirectConnection(name);
    try {
      if (!connection.document) throw new Error(`document ${name} closed while being duplicated`);
      return Y.encodeStateAsUpdate(connection.document);
    } finally {
      await connection.disconnect();
    }
  }

  trash(id: string): DocumentSummary {
    if (this.get(id).deletedAt === null) {
      this.store.moveToTrash(id);
      this.collab.closeDocument(id);
    }
    return this.get(id);
  }

  restore(id: string): DocumentSummary {
    if (this.get(id).deletedAt !== null) this.store.restore(id);
    return this.get(id);
  }

  /** Deletes a speech for good; only one already in the trash, so that no click loses a live speech. */
  purge(id: string): void {
    if (this.get(id).deletedAt === null) throw new LibraryError('conflict', `document ${id} is not in the trash`);
    this.collab.closeDocument(id);
    this.store.purge(id);
  }

  private requireInLibrary(id: string): DocumentSummary {
    const summary = this.get(id);
    if (summary.deletedAt !== null) throw new LibraryError('conflict', `document ${id} is in the trash`);
    return summary;
  }
}
