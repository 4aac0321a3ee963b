import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentSummary, SectionTemplate, TemplateCatalog } from '../../common/api';
import { SETTING_NUMBERING_STYLE } from '../../common/collab';
import { speechSchema } from '../../common/schema';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { readSpeechMetadata, speechFragment, speechSettings, speechToProseMirror, speechVariables } from '../collab/speech-ydoc';
import { connectProvider, useTestHosts, type TestHost } from '../testing/test-host';
import { USER_TEMPLATES_FOLDER } from './template-service';

const s = speechSchema;
const startHost = useTestHosts();
let host: TestHost;

beforeEach(async () => {
  host = await startHost();
});

async function catalog(): Promise<TemplateCatalog> {
  const response = await host.request('GET', '/api/templates');
  expect(response.status).toBe(200);
  return (await response.json()) as TemplateCatalog;
}

const userDir = () => join(host.dataDir, USER_TEMPLATES_FOLDER);

describe('GET /api/templates', () => {
  it('lists the shipped templates and skeletons', async () => {
    const result = await catalog();
    expect(result.problems).toEqual([]);
    expect(result.sections.length).toBeGreaterThanOrEqual(16);
    expect(result.sections.every((section) => section.source === 'shipped')).toBe(true);
    const quarterly = result.skeletons.find((skeleton) => skeleton.id === 'quarterly-cadres-meeting');
    expect(quarterly?.variables.map((variable) => variable.key)).toEqual(expect.arrayContaining(['meeting', 'speaker', 'date', 'period', 'region']));
  });

  it("lists a user's templates, reports the files that fail, and keeps listing the good ones", async () => {
    mkdirSync(userDir(), { recursive: true });
    writeFileSync(join(userDir(), 'mine.section.txt'), '---\nid: mine\nname: 我的开场\nkind: opening\n---\n同志们好。\n');
    writeFileSync(join(userDir(), 'broken.section.txt'), '---\nid: broken\nname: 坏的\nkind: summary\n---\n正文。\n');
    writeFileSync(join(userDir(), 'gbk.section.txt'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc4, 0xe3, 0x0a]));
    const result = await catalog();
    expect(result.sections.find((section) => section.id === 'mine')).toMatchObject({ source: 'user', name: '我的开场' });
    expect(result.problems).toEqual([
      { file: join(userDir(), 'broken.section.txt'), line: 4, column: 7, message: expect.stringContaining("unknown kind 'summary'") },
      { file: join(userDir(), 'gbk.section.txt'), line: 1, message: 'not UTF-8 text: save the file as UTF-8' },
    ]);
    expect(result.sections.length).toBeGreaterThanOrEqual(17);
  });

  it('needs the token', async () => {
    expect((await host.request('GET', '/api/templates', { token: null })).status).toBe(401);
  });
});

describe('POST /api/templates', () => {
  const content = [
    s.node('heading', { level: 1 }, [s.text('紧盯目标，确保任务完成')]).toJSON(),
    s.node('paragraph', { point: 2 }, [s.text('压实责任。', [s.marks.lead.create()]), s.text('要把任务落实到'), s.nodes.placeholder.create({ kind: 'variable', key: 'region' }), s.text('每个部门。')]).toJSON(),
  ];

  it('saves a user template as a file in the data folder, atomically, and lists it', async () => {
    const response = await host.request('POST', '/api/templates', { body: { name: '我的部署', kind: 'deploy', description: '自己写的', tags: ['部署'], content } });
    expect(response.status).toBe(201);
    const saved = (await response.json()) as SectionTemplate;
    expect(saved).toMatchObject({ name: '我的部署', kind: 'deploy', description: '自己写的', tags: ['部署'], source: 'user', variables: [{ key: 'region', required: true }] });
    expect(saved.content.map((json) => s.nodeFromJSON(json).textContent)).toEqual(['紧盯目标，确保任务完成', '压实责任。要把任务落实到XX区每个部门。']);
    expect(readdirSync(userDir())).toEqual([`${saved.id}.section.txt`]);
    expect(readFileSync(join(userDir(), `${saved.id}.section.txt`), 'utf8')).toContain('++ 【压实责任。】要把任务落实到{{$region}}每个部门。');
    expect((await catalog()).sections.find((section) => section.id === saved.id)).toEqual(saved);
  });

  it('refuses content that is no template, saying where, and writes nothing', async () => {
    const bad = async (body: unknown, path: string, message: string) => {
      const response = await host.request('POST', '/api/templates', { body });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'bad_request', path, message: expect.stringContaining(message) } });
    };
    await bad({ name: '无', kind: 'deploy', content: [] }, 'body.content', 'body.content');
    await bad({ name: '无', kind: 'summary', content }, 'body.kind', 'body.kind');
    await bad({ name: '无', kind: 'deploy', content: [{ type: 'title', content: [{ type: 'text', text: '标题' }] }] }, 'body.content.0', 'not title');
    await bad({ name: '无', kind: 'deploy', content: [{ type: 'heading', attrs: { level: 9 } }] }, 'body.content.0', 'not a valid speech block');
    await bad({ name: '无', kind: 'deploy', content: [s.node('paragraph', null, [s.text('增长6.5%。')]).toJSON()] }, 'body.content', "typed figure '6'");
    await bad({ name: '无', kind: 'deploy', content: [s.node('paragraph', { point: 2 }, [s.text('没有引领句')]).toJSON()] }, 'body.content', 'lead sentence');
    expect(existsSync(userDir()) ? readdirSync(userDir()) : []).toEqual([]);
  });
});

describe('POST /api/documents/from-skeleton', () => {
  const variables = { meeting: '全区前三季度经济运行分析会议', region: '城东区', period: '前三季度', speaker: '张明', 弱项指标: '规模以上工业投资' };

  it('creates a speech seeded from the skeleton, with variables and numbering style in the document', async () => {
    const response = await host.request('POST', '/api/documents/from-skeleton', { body: { skeletonId: 'quarterly-cadres-meeting', variables: { ...variables, date: ' ' }, numberingStyle: 'official' } });
    expect(response.status).toBe(201);
    const summary = (await response.json()) as DocumentSummary;
    expect(summary).toMatchObject({ title: '在全区前三季度经济运行分析会议上的讲话', numberingStyle: 'official' });
    expect(summary.characters).toBeGreaterThan(2000);

    const provider = await connectProvider(host.collabUrl(), summary.id);
    try {
      const ydoc = provider.document;
      expect(speechVariables(ydoc).toJSON()).toEqual(variables);
      expect(speechSettings(ydoc).get(SETTING_NUMBERING_STYLE)).toBe('official');
      const doc = speechToProseMirror(ydoc);
      expect(doc.child(0).child(1).attrs).toMatchObject({ kind: 'variable', key: 'meeting' });
      expect(doc.textContent).toContain('下面，我强调五点意见：');
      // The library title follows a variable changed later in the document.
      speechVariables(ydoc).set('meeting', '全区领导干部大会');
      expect(readSpeechMetadata(ydoc, 'speech').title).toBe('在全区领导干部大会上的讲话');
    } finally {
      provider.destroy();
    }
    const listed = (await (await host.request('GET', '/api/documents')).json()) as { documents: DocumentSummary[] };
    expect(listed.documents.map((document) => document.id)).toContain(summary.id);
  });

  it('refuses an unknown skeleton, an unknown variable and a missing required one', async () => {
    const post = (body: unknown) => host.request('POST', '/api/documents/from-skeleton', { body });
    const unknown = await post({ skeletonId: 'no-such', variables, numberingStyle: 'speech' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'not_found', path: 'body.skeletonId', message: 'skeleton no-such not found' } });
    const extra = await post({ skeletonId: 'quarterly-cadres-meeting', variables: { ...variables, 主持人: '李四' }, numberingStyle: 'speech' });
    expect(extra.status).toBe(400);
    expect(await extra.json()).toMatchObject({ error: { path: 'body.variables.主持人', message: expect.stringContaining('not a variable of skeleton quarterly-cadres-meeting') } });
    const missing = await post({ skeletonId: 'quarterly-cadres-meeting', variables: { ...variables, meeting: '  ' }, numberingStyle: 'speech' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { path: 'body.variables.meeting', message: expect.stringContaining('required') } });
    const bad = await post({ skeletonId: 'quarterly-cadres-meeting', variables, numberingStyle: 'roman' });
    expect(bad.status).toBe(400);
  });
});

describe('readSpeechMetadata', () => {
  it('reads title chips by their variable values, and by their fallbacks where a value is missing or not text', () => {
    const ydoc = new Y.Doc();
    const title = s.node('title', null, [s.text('在'), s.nodes.placeholder.create({ kind: 'variable', key: 'meeting', fallback: 'XX会议' }), s.text('上的讲话 ')]);
    prosemirrorToYXmlFragment(s.node('doc', null, [title, s.node('meta'), s.node('salutation'), s.node('paragraph')]), speechFragment(ydoc));
    expect(readSpeechMetadata(ydoc, 'speech').title).toBe('在XX会议上的讲话');
    speechVariables(ydoc).set('meeting', 42);
    expect(readSpeechMetadata(ydoc, 'speech').title).toBe('在XX会议上的讲话');
    speechVariables(ydoc).set('meeting', '区委常委会');
    expect(readSpeechMetadata(ydoc, 'speech').title).toBe('在区委常委会上的讲话');
  });
});
