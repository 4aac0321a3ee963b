import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli';
import { openDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { IndicatorStore } from '../indicators/indicator-store';
import { createSpeechFromDoc } from '../library/library';
import { TemplateService } from '../templates/template-service';
import { allAcknowledged, bodyText, connectProvider, startTestHost } from '../testing/test-host';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workDir(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'speechdesk-export-'));
  scratch.push(root);
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
    const host = await startTestHost({ dataDir: data });
    try {
      const speech = await host.createSpeech('关于安全生产的讲话');
      const writer = await connectProvider(host.collabUrl(), speech.id);
      bodyText(writer.document).insert(0, '安全生产是底线。');
      await allAcknowledged(writer);
      const out = join(root, '安全.txt');
      expect((await run('export', speech.id, '--out', out, '--data', data)).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe('关于安全生产的讲话\n\n同志们：\n　　安全生产是底线。\n');
      writer.destroy();
    } finally {
      await host.dispose();
    }
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

  it('refuses other formats and missing arguments with exit code 2', async () => {
    expect(await run('export', 'id', '--format', 'odt', '--out', 'a.odt')).toMatchObject({ code: 2, err: expect.stringContaining("format 'odt' is not supported; supported: docx, pdf, txt, md") });
    expect(await run('export', '--out', 'a.txt')).toMatchObject({ code: 2, err: expect.stringContaining('missing ID') });
    expect(await run('export', 'id')).toMatchObject({ code: 2, err: expect.stringContaining('missing --out FILE') });
  });
});
