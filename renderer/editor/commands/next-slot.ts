import { NodeSelection, type Command } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';

export function isSlot(node: Node | null | undefined): boolean {
  return node?.type.name === 'placeholder' && node.attrs.kind === 'slot';
}

/** Positions of every slot placeholder, in document order. */
export function slotPositions(doc: Node): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (isSlot(node)) positions.push(pos);
    return !node.isInline;
  });
  return positions;
}

/**
 * Selects the next slot after the selection, wrapping to the first, so that typing fills it (see the slot
 * input plugin). Does not apply when the speech has no slots left.
 */
export const selectNextSlot: Command = (state, dispatch) => {
  const positions = slotPositions(state.doc);
  const { selection } = state;
  const onSlot = selection instanceof NodeSelection && isSlot(selection.node);
  const next = positions.find((pos) => (onSlot ? pos > selection.from : pos >= selection.from)) ?? positions[0];
  if (next === undefined) return false;
  if (dispatch) dispatch(state.tr.setSelection(NodeSelection.create(state.doc, next)).scrollIntoView());
  return true;
};
