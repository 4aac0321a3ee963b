import iconv from 'iconv-lite';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, importResultSchema, MAX_IMPORT_BYTES, type DocumentSummary } from '../../common/api';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { speechSchema } from '../../common/schema';
import { connectProvider, readStoredRows, TEST_TOKEN, useTestHosts, type TestHost } from '../testing/test-host';
import { buildSpeechDocx, SPEECH_HEADINGS, SPEECH_LINES, SPEECH_SLOT_KEYS, SPEECH_TITLE } from './sample-speeches';

const startHost = useTestHosts('file');
let host: TestHost;

beforeAll(async () => {
  host = await startHost();
});

function upload(filename: string | undefined, body: Uint8Array, contentType = 'application/octet-stream', token: string | null = TEST_TOKEN) {
  const path = filename === undefined ? '/api/import' : apiRoutes.importFile(filename);
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return fetch(`${host.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
}

describe('POST /api/import', () => {
  it('imports a GBK .txt as a new speech and answers 201 with its outline and slots', async () => {
    const response = await upload('推进会讲话.txt', iconv.encode(SPEECH_LINES.join('\r\n'), 'gbk'));
    expect(response.status).toBe(201);
    const result = importResultSchema.parse(await response.json());
    expect(result).toMatchObject({ title: SPEECH_TITLE, numberingStyle: 'speech', headings: SPEECH_HEADINGS });
    expect(result.placeholders).toEqual(SPEECH_SLOT_KEYS.map((key) => ({ kind: 'slot', key })));

    const summary = (await (await host.request('GET', apiRoutes.document(result.id))).json()) as DocumentSummary;
    expect(summary).toMatchObject({ id: result.id, title: SPEECH_TITLE, numberingStyle: 'speech', characters: result.characters, deletedAt: null });

    // An editor opening it gets the imported structure from the host, slots included.
    const provider = await connectProvider(host.collabUrl(), result.id);
    try {
      const doc = yXmlFragmentToProseMirrorRootNode(provider.document.getXmlFragment(PROSEMIRROR_FRAGMENT), speechSchema);
      expect(doc.child(2).textContent).toBe('同志们：');
      const points = [];
      for (let index = 0; index < doc.childCount; index += 1) if (doc.child(index).attrs.point === 2) points.push(index);
      expect(points).toHaveLength(2);
      let slots = 0;
      doc.descendants((node) => {
        if (node.type.name === 'placeholder') slots += 1;
      });
      expect(slots).toBe(SPEECH_SLOT_KEYS.length);
    } finally {
      provider.destroy();
    }
  });

  it('imports a .docx', async () => {
    const response = await upload('推进会讲话.docx', await buildSpeechDocx());
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ title: SPEECH_TITLE, headings: SPEECH_HEADINGS });
  });

  it.each([
    ['no filename', undefined, Buffer.from('同志们：'), 'application/octet-stream', 400, 'query.filename'],
    ['an unknown extension', '讲话.pdf', Buffer.from('%PDF-1.7'), 'application/octet-stream', 400, 'query.filename'],
    ['binary junk', '讲话.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), 'application/octet-stream', 400, 'body'],
    ['an empty body', '讲话.txt', Buffer.alloc(0), 'application/octet-stream', 400, 'body'],
    ['a fake .docx', '讲话.docx', Buffer.from('同志们：'), 'application/octet-stream', 400, 'body'],
    ['a JSON body', '讲话.txt', Buffer.from('{"text":"同志们："}'), 'application/json', 415, undefined],
    ['a text/plain body', '讲话.txt', Buffer.from('同志们：'), 'text/plain', 415, undefined],
    ['an oversized body', '讲话.txt', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), 'application/octet-stream', 413, undefined],
  ])('refuses %s with the API error shape and creates nothing', async (_what, filename, body, contentType, status, path) => {
    const before = readStoredRows(host.dataDir);
    const response = await upload(filename, body, contentType);
    expect(response.status).toBe(status);
    const { error } = (await response.json()) as { error: { code: string; message: string; path?: string } };
    expect(error.message).not.toBe('');
    expect(error.code).toBe(status === 413 ? 'payload_too_large' : 'bad_request');
    expect(error.path).toBe(path);
    expect(readStoredRows(host.dataDir)).toEqual(before);
  });

  it('needs the token', async () => {
    const response = await upload('讲话.txt', Buffer.from('同志们：'), 'application/octet-stream', null);
    expect(response.status).toBe(401);
  });

  it('still refuses other bodies on the JSON routes', async () => {
    const response = await host.request('POST', apiRoutes.documents(), { rawBody: 'x', contentType: 'application/octet-stream' });
    expect(response.status).toBe(415);
  });
});
