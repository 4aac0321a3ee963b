import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import { SPEECH_LINES } from './sample-speeches';

const SPEECH = SPEECH_LINES.join('\r\n');
const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(SPEECH), 'a.txt')).toEqual({ text: SPEECH, encoding: 'UTF-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], SPEECH), 'a.txt')).toEqual({ text: SPEECH, encoding: 'UTF-8' });
  });

  it('reads GBK as Notepad and WPS write it, and GB18030 beyond GBK', () => {
    expect(decodeText(iconv.encode(SPEECH, 'gbk'), 'a.txt')).toEqual({ text: SPEECH, encoding: 'GB18030' });
    expect(decodeText(iconv.encode('同志们：', 'gbk'), 'a.txt').text).toBe('同志们：');
    // 𠀾 and ㄅ are outside GBK: four-byte GB18030 sequences.
    const wide = `${SPEECH}\r\n请𠀾同志注意ㄅ的读音。`;
    expect(decodeText(iconv.encode(wide, 'gb18030'), 'a.txt')).toEqual({ text: wide, encoding: 'GB18030' });
  });

  it('reads UTF-16 with BOM (Notepad "Unicode")', () => {
    expect(decodeText(iconv.encode(SPEECH, 'utf16le', { addBOM: true }), 'a.txt')).toEqual({ text: SPEECH, encoding: 'UTF-16LE' });
    expect(decodeText(iconv.encode(SPEECH, 'utf16be', { addBOM: true }), 'a.txt')).toEqual({ text: SPEECH, encoding: 'UTF-16BE' });
  });

  it('refuses binary data, naming the byte and its offset', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(() => decodeText(png, 'photo.txt')).toThrow('photo.txt is not a text file: it holds binary data (byte 0x00 at offset 8)');
    expect(() => decodeText(bytes('同志们：', [0x03], '正文'), 'a.txt')).toThrow(ImportError);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the line', () => {
    const broken = bytes('在全区会议上的讲话\n同志们：\n', [0xe4, 0xbd, 0xff, 0xff], '正文\n');
    expect(() => decodeText(broken, 'a.txt')).toThrow('a.txt is not valid UTF-8, GBK/GB18030 or UTF-16 with BOM text (first bad bytes on line 3)');
  });

  it('refuses text in encodings it does not read instead of importing it garbled', () => {
    const big5 = iconv.encode('一、攻堅克難，確保全年目標圓滿收官。二、統籌發展和安全。', 'big5');
    expect(() => decodeText(big5, 'old.txt')).toThrow('old.txt looks like Big5 text, which is not accepted');
  });
});
