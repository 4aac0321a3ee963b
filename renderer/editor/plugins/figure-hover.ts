import { NodeSelection, Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { FigureAnchor, FigureHover } from '../types';

/** Which elements of a view are figures, and what to tell about one. */
export interface FigureTarget {
  /** CSS selector of a figure's element (a chip, a frozen figure's mark). */
  selector: string;
  describe(view: EditorView, element: HTMLElement, anchor: FigureAnchor): FigureHover | null;
}

function anchorOf(element: HTMLElement): FigureAnchor {
  const rect = element.getBoundingClientRect();
  return { left: rect.left, top: rect.top, bottom: rect.bottom };
}

/**
 * Reports the figure under the mouse, and the chip the selection rests on (so that keyboard users get the same
 * card), to the app, which draws the card in the UI's language: the editor core only says what is there.
 */
export function figureHoverPlugin(target: FigureTarget, onHover: (hover: FigureHover | null) => void): Plugin {
  let shown: Element | null = null;
  const report = (view: EditorView, element: HTMLElement | null) => {
    if (element === shown) return;
    shown = element;
    onHover(element ? target.describe(view, element, anchorOf(element)) : null);
  };
  const figureAt = (view: EditorView, node: EventTarget | null): HTMLElement | null => {
    const element = node instanceof Element ? node.closest<HTMLElement>(target.selector) : null;
    return element && view.dom.contains(element) ? element : null;
  };
  const selectedFigure = (view: EditorView): HTMLElement | null => {
    const { selection } = view.state;
    if (!(selection instanceof NodeSelection) || !view.hasFocus()) return null;
    const dom = view.nodeDOM(selection.from);
    return dom instanceof HTMLElement && dom.matches(target.selector) ? dom : null;
  };
  return new Plugin({
    props: {
      handleDOMEvents: {
        mouseover(view, event) {
          report(view, figureAt(view, event.target) ?? selectedFigure(view));
          return false;
        },
        mouseleave(view) {
          report(view, selectedFigure(view));
          return false;
        },
        blur(view) {
          report(view, null);
          return false;
        },
      },
    },
    view: () => ({
      update(view, previous) {
        if (view.state.selection.eq(previous.selection)) return;
        const selected = selectedFigure(view);
        if (selected || (shown && shown === view.nodeDOM(previous.selection.from))) report(view, selected);
      },
      destroy() {
        if (shown) onHover(null);
      },
    }),
  });
}
