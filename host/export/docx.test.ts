import JSZip from 'jszip';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { exportBlockText, exportedSpeech } from '../../common/export/export-blocks';
import { exportContext, sampleSpeech } from '../../common/export/export-fixtures';
import { exportLayout } from '../../common/export/layout';
import { recognizeSpeech } from '../../common/import/recognize-speech';
import { numberBlocks } from '../../common/numbering';
import { readDocx } from '../import/read-docx';
import { speechDocx } from './docx';

const FULL_CONTEXT = exportContext({ period: '2024年前三季度', meeting: '全区经济运行分析会', speaker: '张明', region: '高新区' });

async function parts(doc: Node, context = FULL_CONTEXT, layout = exportLayout()) {
  const bytes = await speechDocx(exportedSpeech(doc, 'speech', context), layout, '讲话');
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the .docx`);
    return file.async('string');
  };
  const footers = await Promise.all(Object.keys(zip.files).filter((path) => /^word\/footer\d+\.xml$/.test(path)).sort().map(read));
  return { bytes, document: await read('word/document.xml'), styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), footers };
}

/** The w:style element of a style id, whole. */
function style(styles: string, id: string): string {
  const found = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles);
  if (!found) throw new Error(`no style ${id}`);
  return found[0];
}

describe('speechDocx', () => {
  it('lays out A4 with the GB/T 9704 margins, a 22-line pitch and a 28-character grid', async () => {
    const { document } = await parts(sampleSpeech());
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37, 35, 28, 26 mm in twips.
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"\/>/);
  });

  it('sets body, title and heading fonts by their East Asian names with Windows fallbacks, in the sizes of 三号 and 二号', async () => {
    const { styles } = await parts(sampleSpeech());
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="FangSong"');
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(defaults).toContain('<w:ind w:firstLine="632" w:firstLineChars="200"/>');
    const title = style(styles, 'Title');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:firstLineChars="0"');
    const fonts = [1, 2, 3, 4].map((level) => /w:eastAsia="([^"]+)"/.exec(style(styles, `Heading${level}`))?.[1]);
    expect(fonts).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    expect(style(styles, 'Heading1')).toContain('w:ascii="SimHei"');
    expect(style(styles, 'Heading2')).toContain('w:ascii="KaiTi"');
    for (const level of [1, 2, 3, 4]) expect(style(styles, `Heading${level}`)).toContain('<w:sz w:val="32"/>');
  });

  it('numbers pages — 1 — in 四号 宋体, odd pages right and even pages left, one character in', async () => {
    const { document, footers, settings } = await parts(sampleSpeech());
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(document).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    expect(document).toMatch(/<w:footerReference w:type="even" r:id="[^"]+"\/>/);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —<\/w:t>/s);
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    const sides = footers.map((footer) => /<w:jc w:val="(\w+)"\/>/.exec(footer)?.[1]).sort();
    expect(sides).toEqual(['left', 'right']);
    expect(footers.find((footer) => footer.includes('w:val="right"'))).toContain('w:right="280"');
    expect(footers.find((footer) => footer.includes('w:val="left"'))).toContain('w:left="280"');
  });

  it('centres bare page numbers on every page when the speech’s layout asks for it', async () => {
    const { footers } = await parts(sampleSpeech(), FULL_CONTEXT, exportLayout({ pageNumber: { position: 'center', dash: '' } }));
    for (const footer of footers) {
      expect(footer).toContain('<w:jc w:val="center"/>');
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).not.toContain('—');
    }
  });

  it('writes headings with their numbers, leads in bold with their number, and placeholders as their text', async () => {
    const { document } = await parts(sampleSpeech());
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、<\/w:t><\/w:r><w:r><w:t xml:space="preserve">经济运行稳中向好<\/w:t>/);
    expect(document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">1、<\/w:t><\/w:r><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">增速领先。<\/w:t>/);
    expect(document).toContain('<w:t xml:space="preserve">5.8%</w:t>');
    expect(document).toContain('<w:t xml:space="preserve">全区经济运行分析会</w:t>');
  });

  it('highlights placeholders without a value in yellow, and nothing else', async () => {
    const { document } = await parts(sampleSpeech());
    const highlighted = [...document.matchAll(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((match) => match[1]);
    expect(highlighted).toEqual(['XX项目', 'X亿元']);
  });

  it('reads back through the .docx import as the same outline and text', async () => {
    const doc = sampleSpeech();
    const speech = exportedSpeech(doc, 'speech', FULL_CONTEXT);
    const { bytes } = await parts(doc);
    const imported = recognizeSpeech(await readDocx(bytes, '讲话.docx'));
    expect(imported.numberingStyle).toBe('speech');
    const outline = (blocks: { label: string; text: string; level: number }[]) => blocks.map(({ label, text, level }) => ({ label, text, level }));
    const exportedOutline = speech.blocks.filter((block) => block.level !== undefined).map((block) => ({ label: block.label, text: exportBlockText(block).slice(block.label.length), level: block.level ?? 0 }));
    expect(outline(numberBlocks(imported.doc, imported.numberingStyle))).toEqual(exportedOutline);
    const lines: string[] = [];
    const labels = new Map(numberBlocks(imported.doc, imported.numberingStyle).map((block) => [block.pos, block.label]));
    imported.doc.forEach((block, pos) => lines.push((labels.get(pos) ?? '') + block.textContent));
    // The import leaves its meta line and salutation empty when a lone name (张明) does not read as a meta line.
    expect(lines.filter(Boolean)).toEqual(speech.blocks.map(exportBlockText));
  });
});
