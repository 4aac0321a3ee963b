/**
 * PDF page set-up for speeches: A4 with the margins of the official document format (GB/T 9704-2012,
 * 党政机关公文格式): top margin 37 mm, binding (left) margin 28 mm, type area 156 mm × 225 mm. The right and
 * bottom margins follow from the A4 sheet (210 mm × 297 mm). Fixed here so that the renderer cannot change it.
 */
import type { PrintToPDFOptions } from 'electron';

const MM_PER_INCH = 25.4;
const A4_MM = { width: 210, height: 297 } as const;
const TYPE_AREA_MM = { width: 156, height: 225 } as const;
const TOP_MM = 37;
const LEFT_MM = 28;

export const OFFICIAL_MARGINS_MM = {
  top: TOP_MM,
  left: LEFT_MM,
  right: A4_MM.width - LEFT_MM - TYPE_AREA_MM.width,
  bottom: A4_MM.height - TOP_MM - TYPE_AREA_MM.height,
} as const;

const inches = (mm: number) => mm / MM_PER_INCH;

export const SPEECH_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  landscape: false,
  // The page's @page rules would otherwise win over these margins.
  preferCSSPageSize: false,
  printBackground: false,
  displayHeaderFooter: false,
  margins: {
    top: inches(OFFICIAL_MARGINS_MM.top),
    bottom: inches(OFFICIAL_MARGINS_MM.bottom),
    left: inches(OFFICIAL_MARGINS_MM.left),
    right: inches(OFFICIAL_MARGINS_MM.right),
  },
};
