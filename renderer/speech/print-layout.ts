import { cssFontFamily, pageNumberContent } from '../../common/export/html';
import { printMetrics, type ExportLayout, type ExportTextStyle } from '../../common/export/layout';

/**
 * The speech's layout as CSS custom properties for renderer/styles/print.css. They are set on the root element:
 * @page rules (size, margins, page numbers) take custom properties from there, and the page's blocks inherit them.
 */
export function printLayoutProperties(layout: ExportLayout): Record<string, string> {
  const { marginsMm: margins, page, pageNumber } = layout;
  const metrics = printMetrics(layout);
  const pt = (value: number) => `${Number(value.toFixed(3))}pt`;
  const text = (name: string, style: ExportTextStyle): Record<string, string> => ({
    [`--print-${name}-font`]: cssFontFamily(style.font),
    [`--print-${name}-size`]: pt(style.sizePt),
    [`--print-${name}-weight`]: style.bold ? 'bold' : 'normal',
  });
  const number = pageNumberContent(pageNumber.dash);
  return {
    '--print-page-size': `${page.widthMm}mm ${page.heightMm}mm`,
    '--print-margin-top': `${margins.top}mm`,
    '--print-margin-right': `${margins.right}mm`,
    '--print-margin-bottom': `${margins.bottom}mm`,
    '--print-margin-left': `${margins.left}mm`,
    '--print-line-pitch': pt(metrics.linePitchPt),
    '--print-tracking': pt(metrics.trackingPt),
    '--print-indent': pt(layout.firstLineIndentChars * (layout.body.sizePt + metrics.trackingPt)),
    ...text('title', layout.title),
    ...text('meta', layout.meta),
    ...text('body', layout.body),
    ...text('h1', layout.headings.level1),
    ...text('h2', layout.headings.level2),
    ...text('h3', layout.headings.level3),
    ...text('h4', layout.headings.level4),
    '--print-lead-weight': layout.leadBold ? 'bold' : 'normal',
    '--print-number-font': cssFontFamily(pageNumber.font),
    '--print-number-size': pt(pageNumber.sizePt),
    // Outside: the right box on odd pages and the left on even ones; centred: the middle box on every page.
    '--print-number-outside': pageNumber.position === 'outside' ? number : 'none',
    '--print-number-center': pageNumber.position === 'center' ? number : 'none',
    '--print-number-inset': pt(pageNumber.indentChars * pageNumber.sizePt),
  };
}

/** Sets the properties on an element; the returned function removes them again. */
export function applyPrintLayout(element: HTMLElement, layout: ExportLayout): () => void {
  const properties = printLayoutProperties(layout);
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  return () => {
    for (const name of Object.keys(properties)) element.style.removeProperty(name);
  };
}
