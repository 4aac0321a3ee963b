import { NodeSelection, Plugin, TextSelection, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { isSlot } from '../commands/next-slot';

function selectedSlot(state: EditorState): NodeSelection | undefined {
  const { selection } = state;
  return selection instanceof NodeSelection && isSlot(selection.node) ? selection : undefined;
}

/** Takes the selected slot out and leaves the caret where it was, for the composition to write into. */
function clearSlot(view: EditorView): void {
  const slot = selectedSlot(view.state);
  if (!slot) return;
  const tr = view.state.tr.delete(slot.from, slot.to);
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, slot.from)));
}

/**
 * Typing into a selected slot fills it: the slot is replaced by what is typed, keeping the marks around it.
 * A Chinese IME composes in place of the slot: the slot goes when the composition starts, before the
 * browser puts the composition's text anywhere (it must come before the composition guard, which records
 * where the composition starts).
 */
export function slotInputPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, _from, _to, text) {
        const slot = selectedSlot(view.state);
        if (!slot) return false;
        const marks = slot.$from.marks();
        view.dispatch(view.state.tr.replaceWith(slot.from, slot.to, view.state.schema.text(text, marks)).scrollIntoView());
        return true;
      },
      handleDOMEvents: {
        compositionstart(view) {
          clearSlot(view);
          return false;
        },
      },
    },
  });
}
