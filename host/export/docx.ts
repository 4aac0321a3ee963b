import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IFontAttributesProperties,
  type IRunOptions,
  type IRunStylePropertiesOptions,
} from 'docx';
import type { ExportBlock, ExportedSpeech, ExportRun } from '../../common/export/export-blocks';
import { halfPoints, mmToTwips, pageGeometry, type ExportFont, type ExportLayout, type ExportTextStyle } from '../../common/export/layout';
import type { Level } from '../../common/numbering-style';

/**
 * A speech as a Word document in the official layout. Headings use Word's own heading styles, so that Word's
 * navigation pane and our .docx import both see the outline; their numbers are written as text, as offices do.
 */

/**
 * Word has no per-run font fallback: the fallback becomes the font of Latin letters and digits, and the hint
 * makes Word set ambiguous characters (quotes, dashes) in the East Asian font.
 */
function runFont(font: ExportFont): IFontAttributesProperties {
  return { eastAsia: font.eastAsia, ascii: font.fallback, hAnsi: font.fallback, cs: font.fallback, hint: 'eastAsia' };
}

function runStyle(style: ExportTextStyle): IRunStylePropertiesOptions {
  // Word's own heading styles are blue and bold; a speech prints in black.
  return { font: runFont(style.font), size: halfPoints(style.sizePt), bold: style.bold, color: '000000' };
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function headingStyle(layout: ExportLayout, level: Level): ExportTextStyle {
  return layout.headings[`level${level}`];
}

function textRun(run: ExportRun, layout: ExportLayout): TextRun {
  const options: IRunOptions = {
    text: run.text,
    ...((run.lead && layout.leadBold) || run.strong ? { bold: true } : {}),
    ...(run.emphasis ? { italics: true } : {}),
    ...(run.unresolved ? { highlight: 'yellow' } : {}),
  };
  return new TextRun(options);
}

const NO_INDENT = { firstLine: 0, firstLineChars: 0 };

function blockParagraph(block: ExportBlock, layout: ExportLayout): Paragraph {
  const runs = block.runs.map((run) => textRun(run, layout));
  // The number of a point is bold with its lead: "1、盯紧节点，推动项目提速。" reads as one unit.
  const labelBold = block.runs[0]?.lead === true && layout.leadBold;
  const children = block.label ? [new TextRun({ text: block.label, ...(labelBold ? { bold: true } : {}) }), ...runs] : runs;
  switch (block.role) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children });
    case 'meta':
      return new Paragraph({ style: 'SpeechMeta', children });
    case 'salutation':
      return new Paragraph({ style: 'SpeechSalutation', children });
    case 'heading':
      return new Paragraph({ heading: HEADING_LEVELS[block.level ?? 1], children });
    default:
      return new Paragraph({ children });
  }
}

/** The page number's line: at least its size and a fifth, so that the digits are not clipped. */
const pageNumberLine = (layout: ExportLayout) => Math.round(layout.pageNumber.sizePt * 20 * 1.2);

/**
 * Word measures the footer from the page's bottom edge to the footer's bottom; the layout says where the page
 * number's top is, below the type area.
 */
function footerDistance(layout: ExportLayout): number {
  return mmToTwips(layout.marginsMm.bottom - layout.pageNumber.belowTypeAreaMm) - pageNumberLine(layout);
}

/** — 1 — (or the bare number): outside, odd pages on the right and even pages on the left, indented from the margin; or centred. */
function pageNumberFooter(layout: ExportLayout, side: 'odd' | 'even'): Footer {
  const { font, sizePt, dash, indentChars, position } = layout.pageNumber;
  const indent = Math.round(indentChars * sizePt * 20);
  const placement =
    position === 'center'
      ? { alignment: AlignmentType.CENTER, indent: NO_INDENT }
      : { alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT, indent: { ...NO_INDENT, ...(side === 'odd' ? { right: indent } : { left: indent }) } };
  return new Footer({
    children: [
      new Paragraph({
        ...placement,
        spacing: { line: pageNumberLine(layout), lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
        children: [new TextRun({ children: dash ? [`${dash} `, PageNumber.CURRENT, ` ${dash}`] : [PageNumber.CURRENT], font: runFont(font), size: halfPoints(sizePt) })],
      }),
    ],
  });
}

export async function speechDocx(speech: ExportedSpeech, layout: ExportLayout, title: string): Promise<Uint8Array> {
  const page = pageGeometry(layout);
  const exactLine = { line: page.linePitchTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const bodyIndent = { firstLine: page.firstLineIndentTwips, firstLineChars: Math.round(layout.firstLineIndentChars * 100) };
  const heading = (level: Level) => ({ run: runStyle(headingStyle(layout, level)), paragraph: { spacing: exactLine, indent: bodyIndent, keepNext: true } });
  const document = new Document({
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: runStyle(layout.body), paragraph: { spacing: exactLine, indent: bodyIndent, alignment: AlignmentType.JUSTIFIED } },
        title: { run: runStyle(layout.title), paragraph: { spacing: exactLine, indent: NO_INDENT, alignment: AlignmentType.CENTER } },
        heading1: heading(1),
        heading2: heading(2),
        heading3: heading(3),
        heading4: heading(4),
      },
      paragraphStyles: [
        { id: 'SpeechMeta', name: 'Speech Meta', basedOn: 'Normal', run: runStyle(layout.meta), paragraph: { indent: NO_INDENT, alignment: AlignmentType.CENTER } },
        { id: 'SpeechSalutation', name: 'Speech Salutation', basedOn: 'Normal', paragraph: { indent: NO_INDENT } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.widthTwips, height: page.heightTwips },
            margin: { ...page.margins, footer: footerDistance(layout) },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: page.linePitchTwips, charSpace: page.charSpace },
        },
        footers: { default: pageNumberFooter(layout, 'odd'), even: pageNumberFooter(layout, 'even') },
        children: speech.blocks.map((block) => blockParagraph(block, layout)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
