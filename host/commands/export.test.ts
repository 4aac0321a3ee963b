import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli';
import { openDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { IndicatorStore } from '../indicators/indicator-store';
import { createSpeechFromDoc } from '../library/library';
import { TemplateService } from '../templates/template-service';
import { allAcknowledged, bodyText, scratchDir, useTestHosts } from '../testing/test-host';
import * as Y from 'yjs';
import { SETTINGS_MAP } from '../../common/collab';
import { setLayoutField } from '../../common/export/layout-settings';
import { speechSchema as s } from '../../common/schema';
import { loadStoredSpeech } from '../export/stored-speech';

const startHost = useTestHosts();

function workDir(): { root: string; data: string } {
  const root = scratchDir('speechdesk-export-');
  return { root, data: join(root, 'data') };
}

// A skeleton of its own, so that the expected text does not move when the shipped templates are edited.
const SECTION = `---
id: review-figures
name: 回顾·经济运行
kind: review
description: 经济运行回顾，带指标数据占位。
tags: [成绩回顾]
variables:
  - 期间
  - 地区
---
# 经济运行稳中向好
　　{{$期间}}，{{$地区}}地区生产总值增长{{地区生产总值增速|1位小数}}，增速排全市{{排名(地区生产总值增速)}}，比上半年{{变化(地区生产总值增速,上半年)|1位小数}}。
++ 【工业生产持续回升。】规模以上工业增加值增长{{规模以上工业增加值增速|1位小数}}。
# 狠抓工作落实
++ 【压实工作责任。】各级各部门要{{?具体要求}}。
`;

const SKELETON = `---
id: review-meeting
name: 经济运行分析会
description: 回顾经济运行，部署下一步工作。
title: 在{{$meeting}}上的讲话
meta: {{$speaker}}（{{$date}}）
sections:
  - review-figures
variables:
  - key: meeting
  - key: speaker
    required: false
  - key: date
    required: false
---
`;

/** A speech made from the skeleton, with two periods of one figure in the store; returns its id. */
function seedSpeech(root: string, data: string): string {
  const templates = join(root, 'templates');
  mkdirSync(join(templates, 'sections'), { recursive: true });
  mkdirSync(join(templates, 'skeletons'));
  writeFileSync(join(templates, 'sections', 'review-figures.section.txt'), SECTION);
  writeFileSync(join(templates, 'skeletons', 'review-meeting.skeleton.txt'), SKELETON);
  const { doc, variables } = new TemplateService(templates, data).speechFromSkeleton({
    skeletonId: 'review-meeting',
    variables: { meeting: '全区前三季度经济运行分析会', speaker: '张明', date: '2024年10月9日', period: '2024年前三季度', region: '高新区' },
    numberingStyle: 'speech',
  });
  const db = openDatabase(data);
  try {
    const indicators = new IndicatorStore(db);
    const gdp = indicators.create({ name: '地区生产总值增速', unit: '%' });
    indicators.putObservation(gdp.id, '2024-YTD09', { value: 5.8, rank: 3, rankOf: 12, target: null, source: '区统计局', note: null }, 'admin');
    indicators.putObservation(gdp.id, '2024-YTD06', { value: 6.1, rank: null, rankOf: null, target: null, source: null, note: null }, 'admin');
    return createSpeechFromDoc(new DocumentStore(db), doc, 'speech', variables).id;
  } finally {
    db.close();
  }
}

/** Writes settings into a stored speech as a client's update would arrive, bypassing any validation. */
function storeSettings(data: string, id: string, entries: Record<string, unknown>): void {
  const db = openDatabase(data);
  try {
    const store = new DocumentStore(db);
    const ydoc = loadStoredSpeech(store, id);
    const before = Y.encodeStateVector(ydoc);
    ydoc.transact(() => {
      for (const [key, value] of Object.entries(entries)) ydoc.getMap(SETTINGS_MAP).set(key, value);
    });
    store.appendUpdate(id, Y.encodeStateAsUpdate(ydoc, before));
  } finally {
    db.close();
  }
}

/** A speech of 60 one-line paragraphs: 62 lines with its title and salutation (the empty meta line prints nothing). */
function longSpeech(data: string): string {
  const paragraphs = Array.from({ length: 60 }, (_, index) => s.node('paragraph', null, [s.text(`第${index + 1}段要抓好落实。`)]));
  const doc = s.node('doc', null, [s.node('title', null, [s.text('关于抓好落实的讲话')]), s.node('meta'), s.node('salutation', null, [s.text('同志们：')]), ...paragraphs]);
  const db = openDatabase(data);
  try {
    return createSpeechFromDoc(new DocumentStore(db), doc, 'speech').id;
  } finally {
    db.close();
  }
}

async function docxXml(path: string, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(readFileSync(path))).file(part)?.async('string')) ?? '';
}

async function pdfPageCount(path: string): Promise<number> {
  return (await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise).numPages;
}

const EXPECTED = [
  '在全区前三季度经济运行分析会上的讲话',
  '张明（2024年10月9日）',
  '',
  '同志们：',
  '　　一、经济运行稳中向好',
  '　　2024年前三季度，高新区地区生产总值增长5.8%，增速排全市第3位，比上半年回落0.3个百分点。',
  '　　1、工业生产持续回升。规模以上工业增加值增长X%。',
  '　　二、狠抓工作落实',
  '　　1、压实工作责任。各级各部门要具体要求。',
  '',
].join('\n');

describe('speechdesk export', () => {
  it('writes a speech from a skeleton as text, numbers written out and figures from the store', async () => {
    const { root, data } = workDir();
    const id = seedSpeech(root, data);
    const out = join(root, '讲话.txt');
    const result = await run('export', id, '--format', 'txt', '--out', out, '--data', data, '--allow-unresolved');
    expect(result).toEqual({ code: 0, out: `${out}: written`, err: '' });
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED);
  });

  it('refuses a speech with unfilled placeholders with exit code 1, listing them, in every format', async () => {
    const { root, data } = workDir();
    const id = seedSpeech(root, data);
    for (const format of ['txt', 'md', 'docx']) {
      const out = join(root, `讲话.${format}`);
      const result = await run('export', id, '--format', format, '--out', out, '--data', data);
      expect(result.code).toBe(1);
      expect(result.err.split('\n')).toEqual([
        `speechdesk export: document ${id} has 2 placeholder(s) without a value`,
        '  indicator 规模以上工业增加值增速: X%',
        '  slot 具体要求: 具体要求',
        'fill them in, or pass --allow-unresolved to export them as they read',
      ]);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('writes Markdown and a .docx with --allow-unresolved', async () => {
    const { root, data } = workDir();
    const id = seedSpeech(root, data);
    const md = join(root, '讲话.md');
    expect((await run('export', id, '--format', 'md', '--out', md, '--data', data, '--allow-unresolved')).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('## 一、经济运行稳中向好\n\n2024年前三季度，高新区地区生产总值增长5.8%');
    const docx = join(root, '讲话.docx');
    expect(await run('export', id, '--format', 'docx', '--out', docx, '--data', data, '--allow-unresolved')).toEqual({ code: 0, out: `${docx}: written`, err: '' });
    const document = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string');
    expect(document).toContain('<w:t xml:space="preserve">一、</w:t></w:r><w:r><w:t xml:space="preserve">经济运行稳中向好</w:t>');
    expect(document).toContain('<w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">X%</w:t>');
    expect(readdirSync(root).sort()).toEqual(['data', 'templates', '讲话.docx', '讲话.md']);
  });

  it('reads the updates stored after the snapshot, while a host has the speech open', async () => {
    const { root, data } = workDir();
    const host = await startHost({ dataDir: data });
    const speech = await host.createSpeech('关于安全生产的讲话');
    const writer = await host.connect(speech.id);
    bodyText(writer.document).insert(0, '安全生产是底线。');
    await allAcknowledged(writer);
    const out = join(root, '安全.txt');
    expect((await run('export', speech.id, '--out', out, '--data', data)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('关于安全生产的讲话\n\n同志们：\n　　安全生产是底线。\n');
  });

  it('refuses an unknown id with exit code 1, naming it, and writes nothing', async () => {
    const { root, data } = workDir();
    seedSpeech(root, data);
    const out = join(root, 'none.txt');
    expect(await run('export', 'no-such-id', '--out', out, '--data', data)).toMatchObject({ code: 1, err: 'speechdesk export: document no-such-id not found' });
    expect(existsSync(out)).toBe(false);
  });

  it('keeps the old file when the new one cannot be written, and leaves no temporary file', async () => {
    const { root, data } = workDir();
    const id = seedSpeech(root, data);
    const out = join(root, '讲话.txt');
    writeFileSync(out, '旧稿');
    const missingDir = join(root, 'missing', '讲话.txt');
    expect(await run('export', id, '--out', missingDir, '--data', data, '--allow-unresolved')).toMatchObject({ code: 1, err: expect.stringContaining(`cannot write ${missingDir}`) });
    expect(readFileSync(out, 'utf8')).toBe('旧稿');
    expect(readdirSync(root).sort()).toEqual(['data', 'templates', '讲话.txt']);
  });

  it('prints a PDF in the official layout with the local Chromium, and says what to install without one', async () => {
    const { root, data } = workDir();
    const id = seedSpeech(root, data);
    const out = join(root, '讲话.pdf');
    expect(await run('export', id, '--format', 'pdf', '--out', out, '--data', data, '--allow-unresolved')).toMatchObject({ code: 0 });
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(out)), isEvalSupported: false }).promise;
    const page = await pdf.getPage(1);
    // A4 in points.
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('').normalize('NFKC');
    expect(text).toContain('在全区前三季度经济运行分析会上的讲话');
    expect(text).toMatch(/—\s*1\s*—/);

    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(root, 'no-chromium');
    try {
      expect(await run('export', id, '--format', 'pdf', '--out', join(root, 'b.pdf'), '--data', data, '--allow-unresolved')).toMatchObject({ code: 1, err: expect.stringContaining('apt-get install chromium') });
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
    expect(existsSync(join(root, 'b.pdf'))).toBe(false);
  });

  it('lays the .docx out in the speech’s own layout set by a co-editor: margins, fonts, sizes, line pitch', async () => {
    const { root, data } = workDir();
    const host = await startHost({ dataDir: data });
    const { id } = await host.createSpeech('关于安全生产的讲话');
    const writer = await host.connect(id);
    const settings = writer.document.getMap<unknown>(SETTINGS_MAP);
    expect(setLayoutField(settings, 'marginsMm.top', 30)).toBeUndefined();
    expect(setLayoutField(settings, 'linesPerPage', 20)).toBeUndefined();
    expect(setLayoutField(settings, 'body.font', { eastAsia: '方正仿宋_GBK', fallback: 'FangSong' })).toBeUndefined();
    expect(setLayoutField(settings, 'body.sizePt', 15)).toBeUndefined();
    expect(setLayoutField(settings, 'headings.level1.sizePt', 18)).toBeUndefined();
    await allAcknowledged(writer);
    writer.destroy();
    await host.close();
    const out = join(root, '安全.docx');
    expect(await run('export', id, '--format', 'docx', '--out', out, '--data', data)).toEqual({ code: 0, out: `${out}: written`, err: '' });
    const document = await docxXml(out, 'word/document.xml');
    // 30 mm is 1701 twips; 297 − 30 − 35 = 232 mm = 13153 twips of type area, over 20 lines 657.
    expect(document).toMatch(/<w:pgMar w:top="1701" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="657" /);
    const styles = await docxXml(out, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="方正仿宋_GBK"');
    expect(defaults).toContain('<w:sz w:val="30"/>');
    expect(defaults).toContain('w:line="657" w:lineRule="exact"');
    expect(/<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/s.exec(styles)?.[0]).toContain('<w:sz w:val="36"/>');
  });

  it('fits fewer lines on a PDF page when the speech asks for fewer lines per page', async () => {
    const { root, data } = workDir();
    const id = longSpeech(data);
    const standard = join(root, 'standard.pdf');
    expect((await run('export', id, '--format', 'pdf', '--out', standard, '--data', data)).code).toBe(0);
    storeSettings(data, id, { 'layout.linesPerPage': 11 });
    const sparse = join(root, 'sparse.pdf');
    expect((await run('export', id, '--format', 'pdf', '--out', sparse, '--data', data)).code).toBe(0);
    // 62 lines: 3 pages of 22 lines, 6 pages of 11.
    expect([await pdfPageCount(standard), await pdfPageCount(sparse)]).toEqual([3, 6]);
  });

  it('exports with the defaults where stored layout values are bad, and warns naming them', async () => {
    const { root, data } = workDir();
    const id = longSpeech(data);
    storeSettings(data, id, { 'layout.marginsMm.top': 'wide', 'layout.linesPerPage': 0, 'layout.marginsMm.left': 30 });
    const out = join(root, '讲话.docx');
    const result = await run('export', id, '--format', 'docx', '--out', out, '--data', data);
    expect(result.code).toBe(0);
    expect(result.err.split('\n').sort()).toEqual([
      'speechdesk export: warning: layout.linesPerPage: stored value 0 must be a whole number from 1 to 100; the default is used',
      'speechdesk export: warning: layout.marginsMm.top: stored value "wide" must be a number from 0 to 100; the default is used',
    ]);
    // 30 mm is 1701 twips; top stays 37 mm, the pitch 22 lines.
    expect(await docxXml(out, 'word/document.xml')).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1701"[^>]*\/>.*w:linePitch="579"/s);
  });

  it('refuses other formats and missing arguments with exit code 2', async () => {
    expect(await run('export', 'id', '--format', 'odt', '--out', 'a.odt')).toMatchObject({ code: 2, err: expect.stringContaining("format 'odt' is not supported; supported: docx, pdf, txt, md") });
    expect(await run('export', '--out', 'a.txt')).toMatchObject({ code: 2, err: expect.stringContaining('missing ID') });
    expect(await run('export', 'id')).toMatchObject({ code: 2, err: expect.stringContaining('missing --out FILE') });
  });
});
