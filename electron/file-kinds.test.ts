import { describe, expect, it } from 'vitest';
import { dialogFilters, kindOfPath, suggestedFileName, withExtension } from './file-kinds';
import { stringsFor } from './strings';

describe('dialogFilters', () => {
  it('makes one filter per kind in the asked order with localized names', () => {
    expect(dialogFilters(['docx', 'md'], stringsFor('zh-CN'))).toEqual([
      { name: 'Word 文档', extensions: ['docx'] },
      { name: 'Markdown 文件', extensions: ['md'] },
    ]);
  });
});

describe('kindOfPath', () => {
  it('accepts allowed extensions in any case', () => {
    expect(kindOfPath('/home/a/讲话稿.DOCX', ['docx', 'txt'])).toBe('docx');
    expect(kindOfPath('C:\\稿\\a.txt', ['docx', 'txt'])).toBe('txt');
  });

  it('refuses other and missing extensions', () => {
    expect(kindOfPath('/tmp/a.pdf', ['docx'])).toBeNull();
    expect(kindOfPath('/tmp/docx', ['docx'])).toBeNull();
    expect(kindOfPath('/tmp/a.docx.exe', ['docx'])).toBeNull();
  });
});

describe('suggestedFileName', () => {
  it('keeps a Chinese title and adds the extension', () => {
    expect(suggestedFileName('在全市经济工作会议上的讲话', 'docx')).toBe('在全市经济工作会议上的讲话.docx');
  });

  it('does not double an extension already present', () => {
    expect(suggestedFileName('讲话.PDF', 'pdf')).toBe('讲话.pdf');
  });

  it('drops folders and characters file systems refuse', () => {
    expect(suggestedFileName('../../etc/passwd', 'txt')).toBe('passwd.txt');
    expect(suggestedFileName('..\\..\\a:b*c?', 'md')).toBe('a b c.md');
    expect(suggestedFileName('a\u0000b\nc', 'txt')).toBe('a b c.txt');
  });

  it('never leaves an empty or dot-only name', () => {
    expect(suggestedFileName('', 'docx')).toBe('speech.docx');
    expect(suggestedFileName(' .. ', 'docx')).toBe('speech.docx');
  });

  it('bounds the length', () => {
    expect(suggestedFileName('稿'.repeat(500), 'txt')).toBe(`${'稿'.repeat(80)}.txt`);
  });
});

describe('withExtension', () => {
  it('adds the extension only when missing', () => {
    expect(withExtension('/tmp/a', 'pdf')).toBe('/tmp/a.pdf');
    expect(withExtension('/tmp/a.PDF', 'pdf')).toBe('/tmp/a.PDF');
    expect(withExtension('/tmp/a.txt', 'pdf')).toBe('/tmp/a.txt.pdf');
  });
});
