import { readTypedNumber } from '../typed-numbering';

/**
 * The lines above a speech's body: title (with an optional —— subtitle), meta line, salutation. Recognised by
 * their text alone, because plain-text files have nothing else and Word files rarely style them consistently.
 * All functions take a line already trimmed.
 */

const SENTENCE_PUNCTUATION = /[。！？；!?;]/u;
const HAS_WORDS = /[\p{Script=Han}A-Za-z0-9]/u;
const MAX_TITLE_LINE = 80;

/** A line with something to read; rules such as ———— or **** between blocks are not. */
export function isSubstantial(line: string): boolean {
  return HAS_WORDS.test(line);
}

/** 同志们： / 同志们、朋友们： / 各位领导，同志们： — terms of address only, ended by a colon. */
export function isSalutation(line: string): boolean {
  const match = /^(.{2,40})[：:]$/u.exec(line);
  if (!match?.[1]) return false;
  const terms = match[1].split(/[、，,\s]+/u).filter(Boolean);
  return (
    terms.length > 0 &&
    terms.every((term) => /^(?:尊敬的)?[\p{Script=Han}]{1,8}$/u.test(term)) &&
    terms.some((term) => /们$|^(?:尊敬的)?各位/u.test(term))
  );
}

/** A subtitle line under the title, written with a leading dash: ——在全区领导干部会议上的讲话. */
export function isSubtitle(line: string): boolean {
  return /^(?:——|—|－－|--)/u.test(line) && isSubstantial(line) && line.length <= MAX_TITLE_LINE && !SENTENCE_PUNCTUATION.test(line);
}

/** The first substantial line is the title unless it is already body: a sentence, numbered, an address. */
export function isTitleLine(line: string): boolean {
  return (
    isSubstantial(line) &&
    line.length <= MAX_TITLE_LINE &&
    !SENTENCE_PUNCTUATION.test(line) &&
    !/[：:，,]$/u.test(line) &&
    readTypedNumber(line) === undefined &&
    !isSalutation(line)
  );
}

const TITLE_ENDING = /(?:讲话|发言|致辞|报告|讲稿|总结|讲话提纲)$/u;

/** 在2020年全区经济工作会议上的讲话 has a date in it and is still a title. */
export function endsLikeTitle(line: string): boolean {
  return TITLE_ENDING.test(line);
}

/** A long title broken over two lines: 在全区三季度经济运行分析会暨 / 安全生产工作会议上的讲话. */
export function continuesTitle(first: string, second: string): boolean {
  return !endsLikeTitle(first) && endsLikeTitle(second) && isTitleLine(second) && first.length + second.length <= MAX_TITLE_LINE;
}

const DATE = /(?:\d{4}|[〇○零一二三四五六七八九Xx×Ｘ]{2,4})年|\d{1,2}月\d{1,2}日|[一二三四五六七八九十Xx×Ｘ]{1,3}月[一二三四五六七八九十Xx×Ｘ]{1,3}日/u;
const SPEAKER = /同志$|(?:书记|区长|县长|市长|镇长|乡长|主任|局长|部长|主席|省长|厅长|秘书长|院长|经理|董事长)(?:[\s\u3000]|$)/u;

/**
 * The line naming speaker and date: wholly in parentheses — （张三同志，2020年10月9日） — or a short line
 * under the title with a date or a speaker in it (区委书记　张三 / 2020年10月9日).
 */
export function isMetaLine(line: string): boolean {
  if (/^[（(][^（()）]+[）)]$/u.test(line)) return true;
  return line.length <= 40 && !endsLikeTitle(line) && !SENTENCE_PUNCTUATION.test(line) && !/[：:]$/u.test(line) && readTypedNumber(line) === undefined && (DATE.test(line) || SPEAKER.test(line));
}
