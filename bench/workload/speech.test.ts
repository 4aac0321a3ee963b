import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseIndicatorExpression } from '../../common/placeholder-expression';
import { DEFAULT_WORKLOAD, generateSpeech, textCharacters } from './speech';
import { WORKLOAD_INDICATORS } from './indicators';
import { LAST_SENTENCE } from './phrases';

function blocks(doc: Node): Node[] {
  const found: Node[] = [];
  doc.forEach((child) => found.push(child));
  return found;
}

function placeholders(doc: Node): Node[] {
  const found: Node[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'placeholder') found.push(node);
  });
  return found;
}

describe('the workload speech', () => {
  const doc = generateSpeech();

  it('has exactly the asked number of characters of text', () => {
    expect(textCharacters(doc)).toBe(30_000);
    expect(textCharacters(generateSpeech({ ...DEFAULT_WORKLOAD, characters: 12_345 }))).toBe(12_345);
  });

  it('has the genre structure: title, meta, salutation, four parts, fifteen run-in points, the closing last', () => {
    const children = blocks(doc);
    expect(children.slice(0, 3).map((node) => node.type.name)).toEqual(['title', 'meta', 'salutation']);
    expect(children.filter((node) => node.type.name === 'heading').map((node) => node.attrs.level)).toEqual([1, 1, 1, 1]);
    const points = children.filter((node) => node.type.name === 'paragraph' && node.attrs.point > 0);
    expect(points).toHaveLength(15);
    for (const point of points) expect(point.firstChild?.marks.map((mark) => mark.type.name)).toEqual(['lead']);
    expect(children.at(-1)?.textContent.endsWith(LAST_SENTENCE)).toBe(true);
    // The review, with most of the figures, comes before the first part.
    const firstHeading = children.findIndex((node) => node.type.name === 'heading');
    const reviewFigures = children.slice(3, firstHeading).reduce((sum, node) => sum + placeholders(node).length, 0);
    expect(reviewFigures).toBe(120);
  });

  it('holds exactly 200 figure placeholders, each naming an indicator the store is seeded with', () => {
    const chips = placeholders(doc);
    expect(chips).toHaveLength(200);
    const names = new Set(WORKLOAD_INDICATORS.map(({ name }) => name));
    for (const chip of chips) {
      expect(chip.attrs.kind).toBe('indicator');
      expect(names.has(parseIndicatorExpression(chip.attrs.key as string).ref.indicator)).toBe(true);
    }
  });

  it('is the same speech for the same seed and another for another seed', () => {
    expect(generateSpeech().eq(doc)).toBe(true);
    expect(generateSpeech({ ...DEFAULT_WORKLOAD, seed: 1 }).eq(doc)).toBe(false);
  });
});
