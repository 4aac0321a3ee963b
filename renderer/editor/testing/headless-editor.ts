import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { EditorView } from 'prosemirror-view';
import { UpdateRelay } from '../collab/relay';
import { createSpeechState } from '../speech-state';
import { NO_INDICATORS, type IndicatorSource } from '../indicators/indicator-projection';

/** A client as the app builds it, minus the provider: network doc, relay, editor doc and a real view. */
export interface HeadlessEditor {
  network: Y.Doc;
  editor: Y.Doc;
  relay: UpdateRelay;
  awareness: Awareness;
  view: EditorView;
  destroy(): void;
}

export function createHeadlessEditor(network: Y.Doc, mount: HTMLElement, settleDelay?: number, indicators: IndicatorSource = NO_INDICATORS, comments?: Y.Doc): HeadlessEditor {
  const editor = new Y.Doc();
  const relay = new UpdateRelay(network, editor);
  const awareness = new Awareness(network);
  const view = new EditorView(mount, {
    state: createSpeechState({ doc: editor, awareness, relay, hints: { title: '', meta: '' }, indicators, comments, ...(settleDelay === undefined ? {} : { settleDelay }) }),
  });
  return {
    network,
    editor,
    relay,
    awareness,
    view,
    destroy() {
      view.destroy();
      awareness.destroy();
      relay.destroy();
    },
  };
}
