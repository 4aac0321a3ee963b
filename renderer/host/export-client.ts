/**
 * Downloads a speech's export from the host (GET /api/documents/:id/export): .docx in the official layout,
 * Markdown or text. The host refuses (409) while placeholders have no value, unless the writer allowed them.
 */
import { createHostHttp, type Fetch } from './host-http';
import type { HostConnection } from './host-connection';

export const EXPORT_FORMATS = ['docx', 'md', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** The speech's title with the format's extension, as the host names it. */
  fileName: string;
  data: Uint8Array;
}

/** The name in `filename*=UTF-8''…` (RFC 5987), which carries a Chinese title; else the plain one. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: the plain name below still serves.
    }
  }
  return /filename="([^"]+)"/i.exec(contentDisposition ?? '')?.[1] ?? fallback;
}

export async function exportSpeech(connection: HostConnection, documentId: string, format: ExportFormat, allowUnresolved: boolean, fetchImpl?: Fetch): Promise<ExportedFile> {
  const query = new URLSearchParams({ format, allowUnresolved: String(allowUnresolved) });
  const response = await createHostHttp(connection, fetchImpl).send(`/api/documents/${encodeURIComponent(documentId)}/export?${query.toString()}`);
  return { fileName: fileNameFrom(response.headers.get('content-disposition'), `speech.${format}`), data: new Uint8Array(await response.arrayBuffer()) };
}
