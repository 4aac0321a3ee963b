import type { Command } from 'prosemirror-state';
import { redoCommand, undoCommand } from 'y-prosemirror';
import { isHoldingComposition } from '../collab/composition-guard';

// Per-user undo from y-prosemirror. While a composition is not yet in Yjs, undoing would redraw the composing
// paragraph from Yjs and throw the composition away, so it waits.
export const undo: Command = (state, dispatch, view) => !isHoldingComposition(state) && undoCommand(state, dispatch, view);
export const redo: Command = (state, dispatch, view) => !isHoldingComposition(state) && redoCommand(state, dispatch, view);
