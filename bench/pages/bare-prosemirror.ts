import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { speechSchema } from '../../common/schema';
import { benchMark } from './bench-mark';

/**
 * The typing baseline: the workload speech in a bare ProseMirror editor with the speech schema, history and the
 * base keymap, and nothing else (no Yjs, no React, no app plugins).
 */
const json: unknown = await (await fetch('./workload.json')).json();
const view: EditorView = new EditorView(document.querySelector('#editor'), {
  state: EditorState.create({ doc: Node.fromJSON(speechSchema, json), plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)] }),
  dispatchTransaction(transaction) {
    view.updateState(view.state.apply(transaction));
    benchMark();
  },
});
