import { z } from 'zod';

/**
 * The page layout of an exported speech. The defaults are GB/T 9704-2012 (党政机关公文格式) as offices apply it
 * to speeches; a speech may override any of them in its settings, so every value is a setting and the override is
 * validated by the same schema as the defaults.
 */

const fontSchema = z
  .object({
    /** The font Chinese text is set in, by its Chinese name, e.g. 仿宋_GB2312. */
    eastAsia: z.string().trim().min(1),
    /** The Windows font of the same face, for Latin letters and digits and for machines without the GB2312 font. */
    fallback: z.string().trim().min(1),
  })
  .strict();

const textStyleSchema = z
  .object({
    font: fontSchema,
    /** 三号 is 16 pt, 二号 22 pt, 四号 14 pt. */
    sizePt: z.number().min(5).max(72),
    bold: z.boolean(),
  })
  .strict();

const millimetres = z.number().positive().max(1000);
/** A margin: the type area left between them is checked by the layout as a whole. */
const margin = z.number().min(0).max(100);

export const PT_PER_MM = 72 / 25.4;
/** Characters may close up a little to fit the grid (28 in 156 mm is 15.79 pt for 16 pt type), not overlap. */
const MIN_CHARACTER_PITCH = 0.8;
/** Less than this is no longer a page of text. */
const MIN_TYPE_AREA_MM = 50;

export const exportLayoutSchema = z
  .object({
    page: z.object({ widthMm: millimetres, heightMm: millimetres }).strict(),
    marginsMm: z.object({ top: margin, bottom: margin, left: margin, right: margin }).strict(),
    /** The fixed line pitch is what fits this many lines into the type area's height. */
    linesPerPage: z.number().int().min(1).max(100),
    /** The character grid is what fits this many body characters into the type area's width. */
    charactersPerLine: z.number().int().min(1).max(100),
    /** First-line indent of body paragraphs and headings, in characters. */
    firstLineIndentChars: z.number().min(0).max(10),
    title: textStyleSchema,
    /** Speaker and date under the title. */
    meta: textStyleSchema,
    body: textStyleSchema,
    headings: z.object({ level1: textStyleSchema, level2: textStyleSchema, level3: textStyleSchema, level4: textStyleSchema }).strict(),
    /** Run-in leads (the first sentence of a numbered point). */
    leadBold: z.boolean(),
    pageNumber: z
      .object({
        font: fontSchema,
        sizePt: z.number().min(5).max(72),
        /** Written on both sides of the number: — 1 —, - 1 -, or the bare number. */
        dash: z.enum(['—', '-', '']),
        /** outside: odd pages right, even pages left (as GB/T 9704 asks); center: centred on every page. */
        position: z.enum(['outside', 'center']),
        /** Outside, this many page-number characters in from the margin. */
        indentChars: z.number().min(0).max(10),
        /** From the bottom of the type area to the top of the page number. */
        belowTypeAreaMm: z.number().min(0).max(100),
      })
      .strict(),
  })
  .strict()
  .superRefine((layout, context) => {
    const { page, marginsMm: margins, body } = layout;
    const height = page.heightMm - margins.top - margins.bottom;
    const width = page.widthMm - margins.left - margins.right;
    if (height < MIN_TYPE_AREA_MM) {
      context.addIssue({ code: 'custom', path: ['marginsMm', 'top'], message: `top and bottom margins leave ${height} mm of the page's ${page.heightMm} mm; at least ${MIN_TYPE_AREA_MM} mm must be left`, params: { problem: 'type-area-height' } });
    } else if ((height * PT_PER_MM) / layout.linesPerPage < body.sizePt) {
      context.addIssue({ code: 'custom', path: ['linesPerPage'], message: `${layout.linesPerPage} lines of ${body.sizePt} pt do not fit into ${height} mm`, params: { problem: 'lines-do-not-fit' } });
    }
    if (width < MIN_TYPE_AREA_MM) {
      context.addIssue({ code: 'custom', path: ['marginsMm', 'left'], message: `left and right margins leave ${width} mm of the page's ${page.widthMm} mm; at least ${MIN_TYPE_AREA_MM} mm must be left`, params: { problem: 'type-area-width' } });
    } else if ((width * PT_PER_MM) / layout.charactersPerLine < body.sizePt * MIN_CHARACTER_PITCH) {
      context.addIssue({ code: 'custom', path: ['charactersPerLine'], message: `${layout.charactersPerLine} characters of ${body.sizePt} pt do not fit into ${width} mm`, params: { problem: 'characters-do-not-fit' } });
    }
  });

export type ExportLayout = z.infer<typeof exportLayoutSchema>;
export type ExportTextStyle = z.infer<typeof textStyleSchema>;
export type ExportFont = z.infer<typeof fontSchema>;

const FANGSONG: ExportFont = { eastAsia: '仿宋_GB2312', fallback: 'FangSong' };
const HEITI: ExportFont = { eastAsia: '黑体', fallback: 'SimHei' };
const KAITI: ExportFont = { eastAsia: '楷体_GB2312', fallback: 'KaiTi' };
/** No Windows font has this face; 宋体 is what offices print a title in without it. */
const XIAOBIAOSONG: ExportFont = { eastAsia: '方正小标宋简体', fallback: 'SimSun' };
const SONGTI: ExportFont = { eastAsia: '宋体', fallback: 'SimSun' };

/** 三号. */
const SANHAO = 16;

export const GBT_9704_LAYOUT: ExportLayout = {
  page: { widthMm: 210, heightMm: 297 },
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  linesPerPage: 22,
  charactersPerLine: 28,
  firstLineIndentChars: 2,
  title: { font: XIAOBIAOSONG, sizePt: 22, bold: false },
  meta: { font: KAITI, sizePt: SANHAO, bold: false },
  body: { font: FANGSONG, sizePt: SANHAO, bold: false },
  headings: {
    // 黑体 is heavy by itself; bold on top of it smears in print.
    level1: { font: HEITI, sizePt: SANHAO, bold: false },
    level2: { font: KAITI, sizePt: SANHAO, bold: false },
    level3: { font: FANGSONG, sizePt: SANHAO, bold: false },
    level4: { font: FANGSONG, sizePt: SANHAO, bold: false },
  },
  leadBold: true,
  pageNumber: { font: SONGTI, sizePt: 14, dash: '—', position: 'outside', indentChars: 1, belowTypeAreaMm: 7 },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function overlay(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = overlay(base[key], value);
  return merged;
}

/**
 * The layout a speech is exported in: the defaults with a speech's override laid over them, key by key at any
 * depth. The result is validated whole, so an override with an unknown key or a wrong value is refused.
 */
export function exportLayout(override: unknown = {}): ExportLayout {
  return exportLayoutSchema.parse(overlay(GBT_9704_LAYOUT, override ?? {}));
}

/** A twip is 1/20 pt, 1/1440 inch. */
const TWIPS_PER_MM = 1440 / 25.4;
const TWIPS_PER_PT = 20;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** Word's sizes are in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** The page in Word's units, from a layout. */
export interface PageGeometry {
  widthTwips: number;
  heightTwips: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Fixed line spacing (exact) and the document grid's line pitch. */
  linePitchTwips: number;
  /** The grid's character pitch: the type area's width over the characters per line. */
  charPitchTwips: number;
  /** w:docGrid w:charSpace: (character pitch − body font size) in 1/4096 pt. */
  charSpace: number;
  firstLineIndentTwips: number;
}

/**
 * A4 with the default margins:
 * - page 210 × 297 mm = 11906 × 16838 twips (1 mm = 1440 / 25.4 twips, rounded as Word does);
 * - margins 37 / 35 / 28 / 26 mm = 2098 / 1984 / 1587 / 1474 twips;
 * - type area height 16838 − 2098 − 1984 = 12756 twips; over 22 lines 579.8, rounded down to 579 twips
 *   (28.95 pt) exact spacing, since 580 × 22 = 12760 would push the 22nd line onto the next page;
 * - type area width 11906 − 1587 − 1474 = 8845 twips; over 28 characters a pitch of 315.89 twips (15.79 pt),
 *   0.205 pt less than 三号's 16 pt: charSpace = ⌊−0.205 × 4096⌋ = −842, again rounded down so that the 28th
 *   character still fits (28 × (16 − 842/4096) pt = 8844.9 twips);
 * - first-line indent two characters of that pitch: 632 twips.
 */
export function pageGeometry(layout: ExportLayout): PageGeometry {
  const widthTwips = mmToTwips(layout.page.widthMm);
  const heightTwips = mmToTwips(layout.page.heightMm);
  const margins = {
    top: mmToTwips(layout.marginsMm.top),
    bottom: mmToTwips(layout.marginsMm.bottom),
    left: mmToTwips(layout.marginsMm.left),
    right: mmToTwips(layout.marginsMm.right),
  };
  const charPitchTwips = (widthTwips - margins.left - margins.right) / layout.charactersPerLine;
  return {
    widthTwips,
    heightTwips,
    margins,
    linePitchTwips: Math.floor((heightTwips - margins.top - margins.bottom) / layout.linesPerPage),
    charPitchTwips,
    charSpace: Math.floor((charPitchTwips / TWIPS_PER_PT - layout.body.sizePt) * 4096),
    firstLineIndentTwips: Math.round(layout.firstLineIndentChars * charPitchTwips),
  };
}

/** The type area in CSS terms: the line pitch that fits the lines per page, the tracking that fits the characters per line. */
export interface PrintMetrics {
  linePitchPt: number;
  /** Added to (negative: taken from) every character's advance. */
  trackingPt: number;
}

export function printMetrics(layout: ExportLayout): PrintMetrics {
  const { marginsMm: margins, page } = layout;
  const typeHeightPt = (page.heightMm - margins.top - margins.bottom) * PT_PER_MM;
  const typeWidthPt = (page.widthMm - margins.left - margins.right) * PT_PER_MM;
  return { linePitchPt: typeHeightPt / layout.linesPerPage, trackingPt: typeWidthPt / layout.charactersPerLine - layout.body.sizePt };
}
