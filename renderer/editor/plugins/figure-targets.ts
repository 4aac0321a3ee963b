import type { EditorView } from 'prosemirror-view';
import { speechSchema } from '../../../common/schema';
import type { FrozenFigure } from '../types';
import type { FigureTarget } from './figure-hover';
import { placeholderEntries } from './resolution';

/** Chips of the live speech: their resolution now. */
export const liveChips: FigureTarget = {
  selector: '.placeholder-chip',
  describe(view, element, anchor) {
    const entry = placeholderEntries(view.state).find(({ pos }) => view.nodeDOM(pos) === element);
    if (!entry) return null;
    return { kind: 'live', placeholder: entry.attrs, resolution: entry.resolution, ...(entry.problem ? { problem: entry.problem } : {}), anchor };
  },
};

/**
/** A frozen figure from its provenance mark, which says whether the placeholder had a value at 定稿. */
export function frozenFigureAt(view: EditorView, pos: number): FrozenFigure | undefined {
  const mark = speechSchema.marks.provenance.isInSet(view.state.doc.nodeAt(pos)?.marks ?? []);
  if (!mark) return undefined;
  return mark.attrs as FrozenFigure;
}

/** Figures of a frozen version: the provenance its mark kept. */
export const frozenFigures: FigureTarget = {
  selector: '.speech-provenance',
  describe(view, element, anchor) {
    const figure = frozenFigureAt(view, view.posAtDOM(element, 0));
    return figure ? { kind: 'frozen', figure, anchor } : null;
  },
};
