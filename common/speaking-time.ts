import { spokenSyllables } from './spoken-numbers';

/**
 * How long a speech takes to deliver. Offices plan a meeting's agenda by it: a 30-minute slot, a rate of about
 * 180 字 a minute. What is counted is what is said — characters and figures as read aloud (2020年 is five
 * syllables), not punctuation; pauses are not modelled, so the estimate is the speaking time alone.
 */

/** 字/分钟: a measured official delivery; 120 is slow and deliberate, 260 a hurried reading. */
export const DEFAULT_RATE = 180;
export const MIN_RATE = 120;
export const MAX_RATE = 260;

/** The longest target a speech is given; a longer meeting slot is split between speakers. */
export const MAX_TARGET_MINUTES = 240;

/** A block of the speech as it is read aloud (the title and meta line are not read, so they are not among them). */
export interface SpokenBlock {
  /** Position in the document, for jumping to a section. */
  pos: number;
  kind: 'salutation' | 'heading' | 'paragraph';
  /** A heading's level, or a run-in point's level; 0 for a plain paragraph and the salutation. */
  level: number;
  /** The computed number as printed (一、 / 1、 / （一）), read aloud too; empty for an unnumbered block. */
  label: string;
  /** The block's text with every placeholder read as it resolves now. */
  text: string;
}

export interface SectionTime {
  /** The opening before the first part, a part (一、 with its points), or the closing after the last part. */
  kind: 'opening' | 'part' | 'closing';
  /** Position of the section's first block. */
  pos: number;
  /** A part's number and heading text; empty for the opening and closing. */
  label: string;
  title: string;
  syllables: number;
  /** Unrounded, so that the sections add up to the total. */
  seconds: number;
}

export interface SpeakingTime {
  syllables: number;
  seconds: number;
  sections: SectionTime[];
}

/** A rate inside the allowed range; anything unreadable is the default. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return DEFAULT_RATE;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round(rate)));
}

/** A target length in whole minutes, or null for none (an unset, zero or unreadable value). */
export function targetMinutes(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_TARGET_MINUTES) return null;
  return value;
}

/** The closing exhortation starts with 同志们 and a pause, after the last part (GENRE.md, 7). */
const CLOSING = /^\s*同志们[，,：:！!]/;

const isClosingStart = (block: SpokenBlock): boolean => block.level === 0 && block.kind !== 'heading' && CLOSING.test(block.text);

const blockSyllables = (block: SpokenBlock): number => spokenSyllables(block.label) + spokenSyllables(block.text);

/** The speech's sections in order: the opening, each level-1 part with everything under it, and the closing. */
function sectionsOf(blocks: readonly SpokenBlock[]): Array<{ kind: SectionTime['kind']; head: SpokenBlock; blocks: SpokenBlock[] }> {
  const sections: Array<{ kind: SectionTime['kind']; head: SpokenBlock; blocks: SpokenBlock[] }> = [];
  const lastPart = blocks.findLastIndex((block) => block.kind === 'heading' && block.level === 1);
  blocks.forEach((block, index) => {
    const current = sections.at(-1);
    if (block.kind === 'heading' && block.level === 1) sections.push({ kind: 'part', head: block, blocks: [block] });
    else if (lastPart >= 0 && index > lastPart && current?.kind === 'part' && isClosingStart(block)) sections.push({ kind: 'closing', head: block, blocks: [block] });
    else if (current) current.blocks.push(block);
    else sections.push({ kind: 'opening', head: block, blocks: [block] });
  });
  return sections;
}

/** Delivery time of the speech at `rate` 字/分钟, in total and by section. */
export function speakingTime(blocks: readonly SpokenBlock[], rate: number): SpeakingTime {
  const perMinute = clampRate(rate);
  const sections = sectionsOf(blocks).map(({ kind, head, blocks: members }): SectionTime => {
    const syllables = members.reduce((sum, block) => sum + blockSyllables(block), 0);
    const part = kind === 'part';
    return { kind, pos: head.pos, label: part ? head.label : '', title: part ? head.text : '', syllables, seconds: (syllables * 60) / perMinute };
  });
  const syllables = sections.reduce((sum, section) => sum + section.syllables, 0);
  return { syllables, seconds: (syllables * 60) / perMinute, sections };
}

/** Whole minutes and seconds, as a duration is shown (rounded to the second). */
export function minutesAndSeconds(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.round(Math.max(0, seconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}

export interface TargetDistance {
  /** Longer than the target, shorter, or on it to the second. */
  kind: 'over' | 'under' | 'on';
  /** How far from it, in whole seconds. */
  seconds: number;
}

export function distanceFromTarget(seconds: number, minutes: number): TargetDistance {
  const difference = Math.round(seconds) - minutes * 60;
  if (difference === 0) return { kind: 'on', seconds: 0 };
  return { kind: difference > 0 ? 'over' : 'under', seconds: Math.abs(difference) };
}
