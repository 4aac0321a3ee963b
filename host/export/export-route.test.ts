import { rmSync } from 'node:fs';
import Fastify from 'fastify';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleSpeech } from '../../common/export/export-fixtures';
import { sendApiError, toApiHttpError } from '../api/api-error';
import { openDatabase, type SqliteDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { createSpeechFromDoc } from '../library/library';
import { tempDataDir } from '../testing/test-host';
import { contentDisposition, registerExportRoute } from './export-route';

const opened: { db: SqliteDatabase; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The route on an app with the host's error mapping, over a library holding the sample speech. */
async function app(variables: Record<string, string>) {
  const dir = tempDataDir();
  const db = openDatabase(dir);
  opened.push({ db, dir });
  const id = createSpeechFromDoc(new DocumentStore(db), sampleSpeech(), 'speech', variables).id;
  const server = Fastify();
  server.setErrorHandler((error, _request, reply) => sendApiError(reply, toApiHttpError(error)));
  registerExportRoute(server, db);
  return { server, id };
}

const VARIABLES = { meeting: '全区经济运行分析会', speaker: '张明', region: '高新区', period: '2024年前三季度' };

describe('GET /api/documents/:id/export', () => {
  it('refuses a speech with unfilled placeholders with 409, listing them', async () => {
    const { server, id } = await app(VARIABLES);
    const response = await server.inject({ method: 'GET', url: `/api/documents/${id}/export?format=docx` });
    expect(response.statusCode).toBe(409);
    const body = response.json<{ error: { code: string; unresolved: unknown[] } }>();
    expect(body.error.code).toBe('conflict');
    // The store holds no figures here: every indicator is unresolved, as are the slot and the missing figure.
    expect(body.error.unresolved).toContainEqual({ kind: 'slot', key: '项目名称', text: 'XX项目' });
    expect(body.error.unresolved).toContainEqual({ kind: 'indicator', key: '进出口总额', text: 'X亿元' });
  });

  it('sends the .docx with its content type and the title as its name when unresolved ones are allowed', async () => {
    const { server, id } = await app(VARIABLES);
    const response = await server.inject({ method: 'GET', url: `/api/documents/${id}/export?format=docx&allowUnresolved=true` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe(contentDisposition('在全区经济运行分析会上的讲话', 'docx'));
    const document = await (await JSZip.loadAsync(response.rawPayload)).file('word/document.xml')?.async('string');
    expect(document).toContain('<w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">XX项目</w:t>');
  });

  it('sends Markdown and text', async () => {
    const { server, id } = await app(VARIABLES);
    const md = await server.inject({ method: 'GET', url: `/api/documents/${id}/export?format=md&allowUnresolved=true` });
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body.startsWith('# 在全区经济运行分析会上的讲话\n')).toBe(true);
    const txt = await server.inject({ method: 'GET', url: `/api/documents/${id}/export?format=txt&allowUnresolved=true` });
    expect(txt.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(txt.body.split('\n')[0]).toBe('在全区经济运行分析会上的讲话');
  });

  it('answers 404 for an unknown speech and 400 for an unknown format', async () => {
    const { server, id } = await app(VARIABLES);
    expect((await server.inject({ method: 'GET', url: '/api/documents/none/export?format=md' })).statusCode).toBe(404);
    const odt = await server.inject({ method: 'GET', url: `/api/documents/${id}/export?format=odt` });
    expect(odt.statusCode).toBe(400);
    expect(odt.json<{ error: { path: string } }>().error.path).toBe('query.format');
  });
});

describe('contentDisposition', () => {
  it('names the file after the title, encoded, without characters no file name takes', () => {
    expect(contentDisposition('关于"安全/生产"的讲话', 'md')).toBe(`attachment; filename="speech.md"; filename*=UTF-8''${encodeURIComponent('关于安全生产的讲话.md')}`);
    expect(contentDisposition('  ', 'txt')).toBe(`attachment; filename="speech.txt"; filename*=UTF-8''speech.txt`);
  });
});
