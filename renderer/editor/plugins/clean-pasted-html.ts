import { readTypedNumber } from '../../../common/typed-numbering';

/**
 * Reduces HTML from Word, WPS or the web to the little the speech schema can hold, before ProseMirror parses
 * it. Works on an allowlist: anything not listed is unwrapped (its text kept) or, for elements that only carry
 * code, media or Office internals, removed with its content. No attribute survives except the few the
 * schema's own parse rules read, so scripts, event handlers, styles and frames cannot come through.
 */

/** Removed together with their content. */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'title', 'head',
  'noscript', 'template', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'img', 'picture',
  'video', 'audio', 'canvas', 'map', 'xml', 'o:p',
]);

/** Kept as elements (without attributes unless listed below). */
const KEPT = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'blockquote']);

/** Attributes the schema's parse rules read, per element. data-pm-slice is ProseMirror's own clipboard marker. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  p: ['class', 'data-point'],
  h1: ['class'],
  h2: ['data-level'],
  h3: ['data-level'],
  h4: ['data-level'],
  h5: ['data-level'],
  strong: ['class'],
  span: ['data-placeholder-kind', 'data-key', 'data-format', 'data-fallback'],
};

/** Classes of the speech's own markup (copy and paste between speeches keeps the frame and leads). */
const SPEECH_CLASS = /^speech-(title|meta|salutation|point|heading|lead)$/;

const WHITESPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase();
}

/** Word writes list numbers as text in <span style="mso-list:Ignore">; keep a typed number, drop bullets. */
function listMarker(element: Element): string {
  const marker = (element.textContent ?? '').replace(WHITESPACE, '');
  const typed = readTypedNumber(`${marker}x`);
  return typed && typed.length === marker.length ? marker : '';
}

function copyAttributes(source: Element, target: Element, name: string): void {
  for (const attribute of KEPT_ATTRIBUTES[name] ?? []) {
    const value = source.getAttribute(attribute);
    if (value === null) continue;
    if (attribute === 'class') {
      const classes = value.split(/\s+/).filter((token) => SPEECH_CLASS.test(token));
      if (classes.length > 0) target.setAttribute('class', classes.join(' '));
    } else {
      target.setAttribute(attribute, value);
    }
  }
  const slice = source.getAttribute('data-pm-slice');
  if (slice !== null && /^\d+ \d+/.test(slice)) target.setAttribute('data-pm-slice', slice);
}

/** Bold and italics given by inline style (Word, WPS, Google Docs) become the tags the schema knows. */
function styleWrappers(element: Element, out: Document): { outer: Element | undefined; inner: Element | undefined } {
  const style = styleOf(element);
  let outer: Element | undefined;
  let inner: Element | undefined;
  const wrap = (tag: string) => {
    const wrapper = out.createElement(tag);
    if (inner) inner.appendChild(wrapper);
    else outer = wrapper;
    inner = wrapper;
  };
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)/.test(style)) wrap('strong');
  if (/font-style\s*:\s*italic/.test(style)) wrap('em');
  return { outer, inner };
}

function cleanChildren(source: Node, target: Node, out: Document): void {
  for (const child of Array.from(source.childNodes)) {
    for (const cleaned of cleanNode(child, out)) target.appendChild(cleaned);
  }
}

function cleanNode(node: Node, out: Document): Node[] {
  if (node.nodeType === 3) return [out.createTextNode(node.nodeValue ?? '')];
  if (node.nodeType !== 1) return [];
  const element = node as Element;
  const name = element.tagName.toLowerCase();
  if (DROPPED.has(name) || name.startsWith('v:')) return [];
  if (name === 'span' && /mso-list\s*:\s*ignore/.test(styleOf(element))) {
    const marker = listMarker(element);
    return marker ? [out.createTextNode(marker)] : [];
  }
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is no bold.
  const unbolded = name === 'b' && /font-weight\s*:\s*(normal|400)/.test(styleOf(element));
  const keptName = unbolded ? undefined : name === 'span' && element.hasAttribute('data-placeholder-kind') ? 'span' : KEPT.has(name) ? name : undefined;
  const { outer, inner } = keptName === 'span' ? { outer: undefined, inner: undefined } : styleWrappers(element, out);
  let result: Node;
  let container: Node;
  if (keptName) {
    const copy = out.createElement(keptName);
    copyAttributes(element, copy, keptName);
    result = copy;
    container = copy;
    if (outer && inner) {
      copy.appendChild(outer);
      container = inner;
    }
  } else if (outer && inner) {
    result = outer;
    container = inner;
  } else {
    const fragment = out.createDocumentFragment();
    result = fragment;
    container = fragment;
  }
  // A placeholder chip's text is derived from its attributes; its DOM children are not content.
  if (keptName !== 'span') cleanChildren(element, container, out);
  return result.nodeType === 11 ? Array.from(result.childNodes) : [result];
}

export function cleanPastedHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const out = document.implementation.createHTMLDocument('');
  const body = out.createElement('div');
  cleanChildren(parsed.body, body, out);
  return body.innerHTML;
}
