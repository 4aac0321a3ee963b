import { describe, expect, it } from 'vitest';
import { generateSpeech } from '../workload/speech';
import { layoutOf } from './context';

describe('layoutOf', () => {
  const doc = generateSpeech();
  const layout = layoutOf(doc);
  const block = (index: number) => doc.child(index);

  it('types into plain text paragraphs in the middle of the speech, one for typing and the next for remote edits', () => {
    for (const index of [layout.typing, layout.remote]) {
      expect(block(index).type.name).toBe('paragraph');
      expect(block(index).attrs.point).toBe(0);
      expect(block(index).content.content.every((child) => child.isText)).toBe(true);
    }
    expect(layout.typing).toBeGreaterThanOrEqual(doc.childCount / 2);
    expect(layout.remote).toBeGreaterThan(layout.typing);
  });

  it('gives the other writers the remaining plain paragraphs, never the last one (the open probe types there)', () => {
    expect(layout.last).toBe(doc.childCount - 1);
    expect(layout.others).not.toContain(layout.typing);
    expect(layout.others).not.toContain(layout.remote);
    expect(layout.others).not.toContain(layout.last);
    expect(layout.others.length).toBeGreaterThanOrEqual(10);
  });
});
