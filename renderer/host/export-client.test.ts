import { describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from './api-error';
import { exportSpeech, fileNameFrom } from './export-client';

const connection = { origin: 'http://127.0.0.1:4870', token: 't' };

describe('export client', () => {
  it('reads the Chinese file name the host gives, or the plain one', () => {
    expect(fileNameFrom(`attachment; filename="speech.docx"; filename*=UTF-8''${encodeURIComponent('在全区会议上的讲话.docx')}`, 'x')).toBe('在全区会议上的讲话.docx');
    expect(fileNameFrom('attachment; filename="speech.md"', 'x')).toBe('speech.md');
    expect(fileNameFrom(null, 'speech.txt')).toBe('speech.txt');
  });

  it('asks for the format, with or without unresolved placeholders, and returns the bytes', async () => {
    const fetchImpl = vi.fn(async () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('讲话.docx')}` } }));
    const file = await exportSpeech(connection, 'd1', 'docx', true, fetchImpl as unknown as typeof fetch);
    expect(file).toEqual({ fileName: '讲话.docx', data: new Uint8Array([1, 2, 3]) });
    const url = String((fetchImpl.mock.calls[0] as unknown[])[0]);
    expect(url).toBe('http://127.0.0.1:4870/api/documents/d1/export?format=docx&allowUnresolved=true');
  });

  it('surfaces the host\'s refusal', async () => {
    const refusal = { error: { code: 'conflict', message: 'speech d1 has 2 placeholders without a value', unresolved: [] } };
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(refusal), { status: 409 }));
    await expect(exportSpeech(connection, 'd1', 'md', false, fetchImpl as unknown as typeof fetch)).rejects.toEqual(new ApiRequestError('conflict', 'speech d1 has 2 placeholders without a value', 409));
  });
});
