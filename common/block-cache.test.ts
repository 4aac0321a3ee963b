import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from 'prosemirror-model';
import { perBlock } from './block-cache';
import { countBlockCharacters, countDocumentCharacters } from './characters';
import { newSpeechDoc } from './seed';
import { speechSchema as s } from './schema';

describe('perBlock', () => {
  it('recounts only the blocks a change replaced', () => {
    const counted: string[] = [];
    const count = perBlock((block) => {
      counted.push(block.textContent);
      return countBlockCharacters(block);
    });
    const doc = newSpeechDoc('在全区会议上的讲话');
    expect(countDocumentCharacters(doc, count)).toBe(12);
    expect(counted).toHaveLength(doc.childCount);

    counted.length = 0;
    expect(countDocumentCharacters(doc, count)).toBe(12);
    expect(counted).toEqual([]);

    // Typing into the title: a new title node, every other block shared with the old document.
    const titleEnd = doc.child(0).nodeSize - 1;
    const typed = doc.replace(titleEnd, titleEnd, new Slice(Fragment.from(s.text('稿')), 0, 0));
    expect(countDocumentCharacters(typed, count)).toBe(13);
    expect(counted).toEqual(['在全区会议上的讲话稿']);
  });
});
