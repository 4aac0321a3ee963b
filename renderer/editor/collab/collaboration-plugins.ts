import type { Plugin } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { ySyncPlugin, yCursorPlugin, yUndoPlugin } from 'y-prosemirror';
import { compositionGuard, type CompositionGuardOptions } from './composition-guard';
import { undo, redo } from '../commands/history';
import type { UpdateRelay } from './relay';

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
    keymap({ 'Mod-z': undo, 'Mod-Shift-z': redo, 'Mod-y': redo }),
  ];
}
