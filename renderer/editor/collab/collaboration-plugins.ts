import type { Command, Plugin } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { ySyncPlugin, yCursorPlugin, yUndoPlugin } from 'y-prosemirror';
import { compositionGuard, isHoldingComposition, type CompositionGuardOptions } from './composition-guard';
import { undo, redo } from '../commands/history';
import type { UpdateRelay } from './relay';

/**
 * The undo keys are taken even while undo has to wait for a composition: left unhandled, the browser would
 * run its own contenteditable undo on the DOM behind ProseMirror's back.
 */
const whileComposing = (command: Command): Command => (state, dispatch, view) => isHoldingComposition(state) || command(state, dispatch, view);

/**
 * Binds the editor to the editor doc's fragment: sync, the composition guard (which wraps the sync
 * binding, so it must come right after it), peers' cursors and per-user undo.
 */
export function collaborationPlugins(fragment: Y.XmlFragment, awareness: Awareness, relay: UpdateRelay, options: CompositionGuardOptions = {}): Plugin[] {
  return [
    ySyncPlugin(fragment) as Plugin,
    compositionGuard(relay, options),
    yCursorPlugin(awareness) as Plugin,
    yUndoPlugin() as Plugin,
    keymap({ 'Mod-z': whileComposing(undo), 'Mod-Shift-z': whileComposing(redo), 'Mod-y': whileComposing(redo) }),
  ];
}
