import type { ExportBlock, ExportedSpeech, ExportRun } from './export-blocks';
import { printMetrics, type ExportFont, type ExportLayout, type ExportTextStyle } from './layout';

/**
 * A speech as one self-contained HTML page laid out for print from the export layout (GB/T 9704 by default):
 * what the command line hands to Chromium for a PDF. The app prints through renderer/styles/print.css instead;
 * both follow the same numbers — type area from the margins, line pitch from lines per page, tracking from
 * characters per line.
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The face by its Chinese name, the Windows face, then CJK faces most machines have, so glyphs never go missing. */
export function cssFontFamily(font: ExportFont): string {
  return [font.eastAsia, font.fallback, 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'serif'].map((name) => (name === 'serif' ? name : `'${name}'`)).join(', ');
}

function textStyle(style: ExportTextStyle): string {
  return `font-family: ${cssFontFamily(style.font)}; font-size: ${style.sizePt}pt; font-weight: ${style.bold ? 'bold' : 'normal'};`;
}

function runHtml(run: ExportRun, leadBold: boolean): string {
  let html = escapeHtml(run.text);
  if (run.emphasis) html = `<em>${html}</em>`;
  if (run.strong || (run.lead && leadBold)) html = `<strong>${html}</strong>`;
  return run.unresolved ? `<mark>${html}</mark>` : html;
}

function blockHtml(block: ExportBlock, layout: ExportLayout): string {
  const text = block.runs.map((run) => runHtml(run, layout.leadBold)).join('');
  switch (block.role) {
    case 'title':
      return `<h1 class="title">${text}</h1>`;
    case 'meta':
      return text ? `<p class="meta">${text}</p>` : '';
    case 'salutation':
      return `<p class="salutation">${text}</p>`;
    case 'heading':
      return `<p class="heading level${block.level ?? 1}">${escapeHtml(block.label)}${text}</p>`;
    case 'point': {
      const label = layout.leadBold ? `<strong>${escapeHtml(block.label)}</strong>` : escapeHtml(block.label);
      return `<p class="point">${label}${text}</p>`;
    }
    case 'paragraph':
      return text ? `<p>${text}</p>` : '';
  }
}

/** The page number's CSS content: — 1 — with the layout's dash, or the bare number. */
export function pageNumberContent(dash: string): string {
  return dash ? `'${dash} ' counter(page) ' ${dash}'` : 'counter(page)';
}

function pageNumberRules(layout: ExportLayout): string {
  const { pageNumber } = layout;
  const numberBox = `content: ${pageNumberContent(pageNumber.dash)}; font-family: ${cssFontFamily(pageNumber.font)}; font-size: ${pageNumber.sizePt}pt;`;
  if (pageNumber.position === 'center') return `@page { @bottom-center { ${numberBox} } }`;
  const numberInset = `${pageNumber.indentChars * pageNumber.sizePt}pt`;
  return `@page :right { @bottom-right { ${numberBox} margin-right: ${numberInset}; } }
@page :left { @bottom-left { ${numberBox} margin-left: ${numberInset}; } }`;
}

export function speechHtml(speech: ExportedSpeech, layout: ExportLayout, title: string): string {
  const { marginsMm: margins, page } = layout;
  const metrics = printMetrics(layout);
  const linePitch = metrics.linePitchPt.toFixed(3);
  const indent = (layout.firstLineIndentChars * (layout.body.sizePt + metrics.trackingPt)).toFixed(3);
  const css = `
@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm; }
${pageNumberRules(layout)}
body { margin: 0; ${textStyle(layout.body)} line-height: ${linePitch}pt; letter-spacing: ${metrics.trackingPt.toFixed(3)}pt; text-align: justify; line-break: strict; }
p, h1 { margin: 0; }
p { text-indent: ${indent}pt; }
.title { ${textStyle(layout.title)} text-align: center; line-height: ${linePitch}pt; }
.meta { ${textStyle(layout.meta)} text-align: center; text-indent: 0; }
.salutation { text-indent: 0; }
.level1 { ${textStyle(layout.headings.level1)} }
.level2 { ${textStyle(layout.headings.level2)} }
.level3 { ${textStyle(layout.headings.level3)} }
.level4 { ${textStyle(layout.headings.level4)} }
mark { background: #fff200; }`;
  const body = speech.blocks.map((block) => blockHtml(block, layout)).join('\n');
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>\n${body}\n</body></html>\n`;
}
