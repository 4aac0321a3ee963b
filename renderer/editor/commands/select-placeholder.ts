import { NodeSelection, type Command } from 'prosemirror-state';

/** Selects the placeholder at pos and scrolls to it; a selected slot is filled by typing (slot input plugin). */
export const selectPlaceholder =
  (pos: number): Command =>
  (state, dispatch) => {
    if (pos < 0 || pos >= state.doc.content.size || state.doc.nodeAt(pos)?.type.name !== 'placeholder') return false;
    if (dispatch) dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)).scrollIntoView());
    return true;
  };
