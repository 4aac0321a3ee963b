import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';

/** Grey hint text for the fixed lines of a speech while they are empty, in the app's language. */
export interface EmptyLineHints {
  title: string;
  meta: string;
}

function hintDecorations(doc: Node, hints: EmptyLineHints): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((node, pos) => {
    const hint = node.type.name === 'title' ? hints.title : node.type.name === 'meta' ? hints.meta : undefined;
    if (hint !== undefined && node.content.size === 0) decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'speech-empty', 'data-hint': hint }));
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Marks an empty title and meta line with their hint, which the stylesheet shows through `attr(data-hint)`:
 * the hint is never document text, so it is neither synced nor exported.
 */
export function emptyHintsPlugin(hints: EmptyLineHints): Plugin {
  return new Plugin({ props: { decorations: (state) => hintDecorations(state.doc, hints) } });
}
