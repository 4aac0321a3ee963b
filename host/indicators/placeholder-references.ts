import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import {
  parseIndicatorExpression,
  PlaceholderSyntaxError,
  serializeIndicatorExpression,
  type IndicatorExpression,
} from '../../common/placeholder-expression';
import { speechSchema } from '../../common/schema';

const PLACEHOLDER = speechSchema.nodes.placeholder.name;

/** The indicator an expression reads; every kind (value, 排名, 变化, 完成率) reads exactly one. */
const indicatorOf = (expression: IndicatorExpression) => expression.ref.indicator;

interface IndicatorPlaceholder {
  element: Y.XmlElement;
  expression: IndicatorExpression;
}

/**
 * The indicator placeholders of a speech whose key parses. A key that does not parse names no indicator the
 * host can be sure of, so it is left alone (the editor shows it as broken either way).
 */
function indicatorPlaceholders(ydoc: Y.Doc): IndicatorPlaceholder[] {
  const found: IndicatorPlaceholder[] = [];
  const walker = ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT).createTreeWalker((node) => node instanceof Y.XmlElement && node.nodeName === PLACEHOLDER);
  for (const node of walker) {
    const element = node as Y.XmlElement;
    const key = element.getAttribute('key');
    if (element.getAttribute('kind') !== 'indicator' || typeof key !== 'string') continue;
    try {
      found.push({ element, expression: parseIndicatorExpression(key) });
    } catch (error) {
      if (!(error instanceof PlaceholderSyntaxError)) throw error;
    }
  }
  return found;
}

/** How many placeholders of the speech read the named indicator. */
export function countIndicatorReferences(ydoc: Y.Doc, name: string): number {
  return indicatorPlaceholders(ydoc).filter(({ expression }) => indicatorOf(expression) === name).length;
}

/**
 * Makes every placeholder that reads `oldName` read `newName`, keeping the rest of its expression (period,
 * function, format), in one Yjs transaction. Returns how many it rewrote.
 */
export function renameIndicatorReferences(ydoc: Y.Doc, oldName: string, newName: string): number {
  const affected = indicatorPlaceholders(ydoc).filter(({ expression }) => indicatorOf(expression) === oldName);
  if (affected.length === 0) return 0;
  ydoc.transact(() => {
    for (const { element, expression } of affected) {
      const renamed: IndicatorExpression = { ...expression, ref: { ...expression.ref, indicator: newName } };
      element.setAttribute('key', serializeIndicatorExpression(renamed));
    }
  });
  return affected.length;
}
