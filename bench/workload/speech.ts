import type { Node } from 'prosemirror-model';
import { speechSchema } from '../../common/schema';
import { checkIndicatorPlaceholder } from '../../common/placeholder-check';
import { parsePlaceholderSource, serializeFormat, serializeIndicatorExpression } from '../../common/placeholder-expression';
import { indicatorFallback } from '../../common/placeholder-fallback';
import { IndicatorCatalog } from '../../common/placeholder-indicators';
import * as phrases from './phrases';
import { AMOUNTS, COUNTS, PAIRS, RATES, WORKLOAD_INDICATORS, type WorkloadIndicator } from './indicators';
import { SeededRandom } from './random';

/**
 * The benchmark speech: a district leader's speech of about 30,000 characters in the genre's structure —
 * title, meta line, salutation, an opening, review paragraphs full of figures, four deployment parts 一、…四、
 * with fifteen numbered run-in points (lead sentence in bold, then the body) and their paragraphs, and a
 * closing — with 200 figure placeholders bound to the indicators of ./indicators.ts.
 */

export interface WorkloadOptions {
  /** Characters of text, placeholders not counted. */
  characters: number;
  placeholders: number;
  seed: number;
}

export const DEFAULT_WORKLOAD: WorkloadOptions = { characters: 30_000, placeholders: 200, seed: 20241009 };

const REVIEW_PARAGRAPHS = phrases.REVIEW_OPENERS.length;
/** Run-in points per deployment part: 4 + 4 + 4 + 3 = 15. */
const POINTS_PER_PART = [4, 4, 4, 3] as const;
/** The point level of run-in points under a part (一、 then 1、). */
const POINT_LEVEL = 2;
/** Of the placeholders, the review quotes this share; the points and the closing the rest. */
const REVIEW_SHARE = 0.6;

type Inline = Node[];

const catalog = new IndicatorCatalog(WORKLOAD_INDICATORS.map(({ name, unit }) => ({ name, unit: unit as never })));

/** A placeholder node for an expression as a template would write it, canonicalised as the editor stores it. */
export function figure(source: string): Node {
  const parsed = parsePlaceholderSource(source);
  if (parsed.kind !== 'indicator') throw new Error(`${source} is not an indicator expression`);
  const checked = checkIndicatorPlaceholder(parsed.expression, parsed.format, catalog);
  if (!checked.ok) throw new Error(`${source}: ${checked.message}`);
  return speechSchema.nodes.placeholder.create({
    kind: 'indicator',
    key: serializeIndicatorExpression(checked.expression),
    format: serializeFormat(checked.format),
    fallback: indicatorFallback(checked.expression, checked.format),
  });
}

const text = (value: string): Node => speechSchema.text(value);

/** Sentences that quote figures, each with how many placeholders it holds. */
function figureSentence(random: SeededRandom, budget: number): { inline: Inline; used: number } {
  const pair = random.pick(PAIRS);
  const [total, growth] = pair;
  if (budget >= 3 && random.next() < 0.5) {
    return {
      inline: [text(`全区实现${total.label}`), figure(total.name), text('，同比增长'), figure(growth.name), text('，增速居全市'), figure(`排名(${growth.name})`), text('。')],
      used: 3,
    };
  }
  if (budget >= 2) {
    const rate: WorkloadIndicator = random.next() < 0.5 ? growth : random.pick(RATES);
    return { inline: [text(`${rate.label}同比增长`), figure(rate.name), text('，居全市'), figure(`排名(${rate.name})`), text('。')], used: 2 };
  }
  if (random.next() < 0.5) {
    const counted = random.pick(COUNTS);
    return { inline: [text(`${counted.label}达到`), figure(counted.name), text('。')], used: 1 };
  }
  const planned = random.pick([...AMOUNTS, total]);
  return { inline: [text(`${planned.label}完成年度计划的`), figure(`完成率(${planned.name}, 年度计划)`), text('。')], used: 1 };
}

function generalSentence(random: SeededRandom): string {
  const opener = random.pick(phrases.ADVERBIALS);
  return `${opener}${random.pick(phrases.VERBS)}${random.pick(phrases.OBJECTS)}，${random.pick(phrases.VERBS)}${random.pick(phrases.OBJECTS)}，${random.pick(phrases.RESULTS)}。`;
}

/** General sentences until the paragraph has at least `characters`. */
function sentences(random: SeededRandom, characters: number): string {
  let written = '';
  while (written.length < characters) written += generalSentence(random);
  return written;
}

function paragraph(content: Inline, point = 0): Node {
  return speechSchema.nodes.paragraph.create({ point }, content);
}

/** Splits `total` into `parts` whole shares that differ by at most one. */
function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

/** Figure sentences holding exactly `count` placeholders. */
function figures(random: SeededRandom, count: number): Inline {
  const inline: Inline = [];
  for (let left = count; left > 0; ) {
    const sentence = figureSentence(random, left);
    inline.push(...sentence.inline);
    left -= sentence.used;
  }
  return inline;
}

export function textCharacters(doc: Node): number {
  let characters = 0;
  doc.descendants((node) => {
    if (node.isText) characters += node.text?.length ?? 0;
  });
  return characters;
}

export function generateSpeech(options: WorkloadOptions = DEFAULT_WORKLOAD): Node {
  const random = new SeededRandom(options.seed);
  const s = speechSchema;
  const pointCount = POINTS_PER_PART.reduce((sum, count) => sum + count, 0);
  const reviewFigures = Math.round(options.placeholders * REVIEW_SHARE);
  const perReview = shares(reviewFigures, REVIEW_PARAGRAPHS);
  const perPoint = shares(options.placeholders - reviewFigures, pointCount);

  // Fixed parts first; the plain paragraph after each point then takes an equal share of what is left.
  const head = [s.node('title', null, [text(phrases.TITLE)]), s.node('meta', null, [text(phrases.META)]), s.node('salutation', null, [text(phrases.SALUTATION)])];
  const opening = paragraph([text(phrases.OPENING)]);
  const review = phrases.REVIEW_OPENERS.map((opener, index) => paragraph([text(opener), ...figures(random, perReview[index] ?? 0), text(sentences(random, 120))]));
  const closing = [paragraph([text(phrases.CLOSING)]), paragraph([text(sentences(random, 200) + phrases.LAST_SENTENCE)])];
  const parts: Node[][] = [];
  let point = 0;
  for (const [part, points] of POINTS_PER_PART.entries()) {
    const blocks: Node[] = [s.node('heading', { level: 1 }, [text(phrases.PART_HEADINGS[part] ?? '')]), paragraph([text(sentences(random, 160))])];
    for (let index = 0; index < points; index += 1, point += 1) {
      const lead = s.text(phrases.POINT_LEADS[point] ?? '', [s.marks.lead.create()]);
      blocks.push(paragraph([lead, text(sentences(random, 140)), ...figures(random, perPoint[point] ?? 0), text(sentences(random, 60))], POINT_LEVEL));
    }
    parts.push(blocks);
  }
  const fixed = [...head, opening, ...review, paragraph([text(phrases.TRANSITION)]), ...parts.flat(), ...closing];
  const fixedCharacters = textCharacters(s.node('doc', null, fixed));
  const perElaboration = Math.max(0, Math.floor((options.characters - fixedCharacters) / pointCount));

  // Each point gets one elaborating paragraph; the last one is trimmed so that the total is exact.
  let remaining = options.characters - fixedCharacters;
  const body: Node[] = [opening, ...review, paragraph([text(phrases.TRANSITION)])];
  point = 0;
  for (const blocks of parts) {
    body.push(blocks[0] as Node, blocks[1] as Node);
    for (const pointBlock of blocks.slice(2)) {
      point += 1;
      const wanted = point === pointCount ? remaining : Math.min(remaining, perElaboration);
      const elaboration = wanted > 0 ? `${sentences(random, wanted).slice(0, wanted - 1)}。` : '';
      remaining -= elaboration.length;
      body.push(pointBlock);
      if (elaboration) body.push(paragraph([text(elaboration)]));
    }
  }
  const doc = s.node('doc', null, [...head, ...body, ...closing]);
  doc.check();
  return doc;
}
