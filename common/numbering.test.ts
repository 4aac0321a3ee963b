import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { formatNumber, numberBlocks } from './numbering';
import { speechSchema as s } from './schema';

const heading = (level: number, text: string) => s.node('heading', { level }, [s.text(text)]);
const point = (level: number, lead: string, body: string) =>
  s.node('paragraph', { point: level }, [s.text(lead, [s.marks.lead.create()]), s.text(body)]);
const para = (text: string) => s.node('paragraph', null, [s.text(text)]);
const speech = (...blocks: Node[]) =>
  s.node('doc', null, [s.node('title', null, [s.text('在全区领导干部会议上的讲话')]), s.node('meta'), s.node('salutation', null, [s.text('同志们：')]), ...blocks]);

const labels = (doc: Node, style: 'speech' | 'official') => numberBlocks(doc, style).map((b) => `${b.label}${b.text}`);

const sample = () =>
  speech(
    para('今天召开会议。'),
    heading(1, '统一思想'),
    point(2, '提高政治站位。', '正文'),
    point(2, '树立底线思维。', '正文'),
    heading(1, '攻坚克难'),
    point(2, '盯紧节点。', '正文'),
    heading(3, '细项'),
    heading(3, '细项二'),
    point(2, '补齐短板。', '正文'),
  );

describe('formatNumber', () => {
  it('writes 讲话 numbers', () => {
    expect([1, 2, 3, 4].map((level) => formatNumber('speech', level as 1, 12))).toEqual(['十二、', '12、', '（12）', '⑫']);
  });
  it('writes 公文 numbers', () => {
    expect([1, 2, 3, 4].map((level) => formatNumber('official', level as 1, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
  });
});

describe('numberBlocks', () => {
  it('numbers headings and points by position, restarting below each higher item', () => {
    expect(labels(sample(), 'speech')).toEqual([
      '一、统一思想', '1、提高政治站位。正文', '2、树立底线思维。正文',
      '二、攻坚克难', '1、盯紧节点。正文', '（1）细项', '（2）细项二', '2、补齐短板。正文',
    ]);
  });

  it('numbers the same document in 公文 style', () => {
    expect(labels(sample(), 'official').slice(0, 3)).toEqual(['一、统一思想', '（一）提高政治站位。正文', '（二）树立底线思维。正文']);
  });

  it('renumbers everything after an inserted section', () => {
    const doc = sample();
    const firstHeadingPos = numberBlocks(doc, 'speech')[0]!.pos;
    const inserted = new Transform(doc).insert(firstHeadingPos, [heading(1, '新增部分'), point(2, '新要求。', '正文')]).doc;
    expect(labels(inserted, 'speech').filter((l) => /^[一二三]、/.test(l))).toEqual(['一、新增部分', '二、统一思想', '三、攻坚克难']);
  });

  it('renumbers after a deleted section', () => {
    const doc = sample();
    const [first, , , second] = numberBlocks(doc, 'speech');
    const deleted = new Transform(doc).delete(first!.pos, second!.pos).doc;
    expect(labels(deleted, 'speech')[0]).toBe('一、攻坚克难');
    expect(labels(deleted, 'speech')[1]).toBe('1、盯紧节点。正文');
  });

  it('renumbers after a section is moved', () => {
    const doc = sample();
    const [first, , , second] = numberBlocks(doc, 'speech');
    const section = doc.slice(first!.pos, second!.pos);
    const moved = new Transform(doc).delete(first!.pos, second!.pos);
    moved.insert(moved.doc.content.size, section.content);
    expect(labels(moved.doc, 'official').filter((l) => /^[一二三]、/.test(l))).toEqual(['一、攻坚克难', '二、统一思想']);
    expect(labels(moved.doc, 'official').slice(-2)).toEqual(['（一）提高政治站位。正文', '（二）树立底线思维。正文']);
  });

  it('gives positions that point at the numbered blocks', () => {
    const doc = sample();
    for (const block of numberBlocks(doc, 'speech')) expect(doc.nodeAt(block.pos)?.textContent).toBe(block.text);
  });
});
