import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../common/api';
import { recognizeSpeech } from '../../common/import/recognize-speech';
import { summarizeImport } from '../../common/import/import-summary';
import { readImportFile } from './read-import-file';
import { buildSpeechDocx, buildStyledHeadingsDocx, OFFICIAL_HEADINGS, OFFICIAL_LINES, SPEECH_HEADINGS, SPEECH_LINES, SPEECH_SLOT_KEYS, SPEECH_TITLE } from './sample-speeches';

const summaryOf = async (filename: string, bytes: Uint8Array) => {
  const { doc, numberingStyle } = recognizeSpeech(await readImportFile(filename, bytes));
  return summarizeImport(doc, numberingStyle);
};

describe('readImportFile', () => {
  it.each([
    ['UTF-8', Buffer.from(SPEECH_LINES.join('\n'))],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SPEECH_LINES.join('\r\n'))])],
    ['GBK', iconv.encode(SPEECH_LINES.join('\r\n'), 'gbk')],
  ])('imports the sample speech from %s text', async (_encoding, bytes) => {
    const summary = await summaryOf('讲话.TXT', bytes);
    expect(summary.title).toBe(SPEECH_TITLE);
    expect(summary.numberingStyle).toBe('speech');
    expect(summary.headings).toEqual(SPEECH_HEADINGS);
    expect(summary.placeholders).toEqual(SPEECH_SLOT_KEYS.map((key) => ({ kind: 'slot', key })));
  });

  it('imports the sample speech from a Word file with bold leads', async () => {
    const bytes = await buildSpeechDocx();
    const paragraphs = await readImportFile('讲话.docx', bytes);
    expect(paragraphs[7]?.runs).toEqual([{ text: '1、' }, { text: '盯紧节点，推动项目提速。', bold: true }, { text: '各责任单位要倒排工期、挂图作战，XX项目要在X月X日前开工。' }]);
    const summary = await summaryOf('讲话.docx', bytes);
    expect(summary.title).toBe(SPEECH_TITLE);
    expect(summary.numberingStyle).toBe('speech');
    expect(summary.headings).toEqual(SPEECH_HEADINGS);
    expect(summary.placeholders.map((placeholder) => placeholder.key)).toEqual(SPEECH_SLOT_KEYS);
  });

  it('takes Word heading styles without typed numbers as headings', async () => {
    const summary = await summaryOf('党建.docx', await buildStyledHeadingsDocx());
    expect(summary.title).toBe('在全区党建工作会议上的讲话');
    expect(summary.headings).toEqual([
      { level: 1, number: '一、', text: '关于基层组织建设' },
      { level: 2, number: '1、', text: '存在的问题' },
    ]);
  });

  it('infers 公文 style from （一）', async () => {
    const summary = await summaryOf('安全生产.txt', Buffer.from(OFFICIAL_LINES.join('\n')));
    expect(summary.numberingStyle).toBe('official');
    expect(summary.headings.map((heading) => `${heading.level} ${heading.number}`)).toEqual(OFFICIAL_HEADINGS);
  });

  it.each([
    ['讲话.pdf', Buffer.from('%PDF-1.7'), '讲话.pdf: import accepts .txt and .docx files, not files of type .pdf'],
    ['讲话', Buffer.from('同志们：'), '讲话: import accepts .txt and .docx files, not files without an extension'],
    ['空.txt', Buffer.alloc(0), '空.txt is empty'],
    ['空白.txt', Buffer.from('\ufeff \r\n\u3000\u3000\r\n'), '空白.txt has no text'],
    ['假.docx', Buffer.from('这不是Word文件'), '假.docx is not a .docx file: it is not a zip archive'],
    ['旧.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧.docx is an old Word 97-2003 (.doc) file, not .docx'],
    ['坏.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), '坏.docx is not a Word document that can be read'],
    ['大.txt', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), '大.txt is larger than the 20 MiB an import accepts'],
  ])('refuses %s', async (filename, bytes, message) => {
    await expect(readImportFile(filename, bytes)).rejects.toThrow(message);
  });

  it('refuses a zip that is not a Word document', async () => {
    // A zip archive with one stored file and no word/document.xml, written byte by byte.
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hi');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(0x3d4ab3e5, 14); // CRC-32 of "hi"
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(0x3d4ab3e5, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + data.length, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    await expect(readImportFile('压缩包.docx', zip)).rejects.toThrow(/压缩包.docx is not a Word document that can be read \(.+\)/);
  });
});
