import { HocuspocusProvider } from '@hocuspocus/provider';
import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { initProseMirrorDoc, redo, undo, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { speechSchema } from '../../common/schema';
import { benchMark } from './bench-mark';

/**
 * The collaboration baseline: the bare stack of ProseMirror + y-prosemirror (sync, cursors, undo) + a Hocuspocus
 * provider, with the speech schema, on the document named by ?doc= of the bare Hocuspocus server that serves
 * this page.
 */
const name = new URLSearchParams(location.search).get('doc') ?? 'speech';
const ydoc = new Y.Doc();
const provider = new HocuspocusProvider({ url: `ws://${location.host}/collab`, name, document: ydoc });
provider.awareness?.setLocalStateField('user', { name: new URLSearchParams(location.search).get('user') ?? '读者', color: '#d1242f' });
await new Promise<void>((resolve) => provider.on('synced', () => resolve()));

const fragment = ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT);
const { doc, mapping } = initProseMirrorDoc(fragment, speechSchema);
const view: EditorView = new EditorView(document.querySelector('#editor'), {
  state: EditorState.create({
    doc,
    plugins: [ySyncPlugin(fragment, { mapping }), yCursorPlugin(provider.awareness!), yUndoPlugin(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)],
  }),
  dispatchTransaction(transaction) {
    view.updateState(view.state.apply(transaction));
    benchMark();
  },
});
