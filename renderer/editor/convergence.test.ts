import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextSelection, type Command } from 'prosemirror-state';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { speechSchema } from '../../common/schema';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import type { Level } from '../../common/numbering-style';
import { MemoryHub, type HubClient } from './testing/memory-hub';
import { seedUpdate } from './testing/speech-fixture';
import { createHeadlessEditor, type HeadlessEditor } from './testing/headless-editor';
import { setHeading, setParagraph } from './commands/block-type';
import { moveSection } from './commands/move-section';
import { toggleLead } from './commands/toggle-lead';
import { speechEnter } from './commands/enter';
import { speechBackspace } from './commands/backspace';
import { baseKeymap } from 'prosemirror-commands';

/** mulberry32: small, seedable, good enough to pick edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['发展', '安全', '项目', '。', '，', '稳定', '招商', '；', '民生', '1', 'X'];

interface Client {
  editor: HeadlessEditor;
  link: HubClient;
}

function run(editor: HeadlessEditor, command: Command): void {
  command(editor.view.state, editor.view.dispatch, editor.view);
}

function randomEdit(client: Client, next: () => number): string {
  const view = client.editor.view;
  const doc = view.state.doc;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // A caret somewhere in a random top-level textblock.
  const index = Math.floor(next() * doc.childCount);
  let start = 0;
  for (let i = 0; i < index; i += 1) start += doc.child(i).nodeSize;
  const block = doc.child(index);
  const offset = Math.floor(next() * (block.content.size + 1));
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, start + 1 + offset)));
  const kind = pick(['type', 'type', 'type', 'split', 'delete', 'heading', 'paragraph', 'lead', 'move', 'backspace'] as const);
  switch (kind) {
    case 'type':
      view.dispatch(view.state.tr.insertText(pick(WORDS)));
      break;
    case 'split':
      if (!speechEnter(view.state, view.dispatch, view)) baseKeymap.Enter?.(view.state, view.dispatch, view);
      break;
    case 'delete': {
      const to = Math.min(start + 1 + offset + 1 + Math.floor(next() * 3), start + 1 + block.content.size);
      view.dispatch(view.state.tr.delete(start + 1 + offset, to));
      break;
    }
    case 'heading':
      run(client.editor, setHeading((1 + Math.floor(next() * 3)) as Level));
      break;
    case 'paragraph':
      run(client.editor, setParagraph);
      break;
    case 'lead':
      run(client.editor, toggleLead);
      break;
    case 'move':
      run(client.editor, moveSection(next() < 0.5 ? 'up' : 'down'));
      break;
    case 'backspace':
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, start + 1)));
      if (!speechBackspace(view.state, view.dispatch, view)) baseKeymap.Backspace?.(view.state, view.dispatch, view);
      break;
  }
  return kind;
}

describe('convergence of concurrent editors', () => {
  const editors: HeadlessEditor[] = [];
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });

  for (const seed of [1, 7, 42, 2024, 31337, 99991]) {
    it(`converges for seed ${seed}`, () => {
      const next = random(seed);
      const hub = new MemoryHub();
      const update = seedUpdate();
      Y.applyUpdate(hub.server, update);
      const clients: Client[] = [0, 1, 2].map(() => {
        const network = new Y.Doc();
        Y.applyUpdate(network, update);
        const link = hub.join(network);
        const editor = createHeadlessEditor(network, document.body.appendChild(document.createElement('div')));
        editors.push(editor);
        return { editor, link };
      });
      const log: string[] = [];
      try {
        for (let step = 0; step < 300; step += 1) {
          const client = clients[Math.floor(next() * clients.length)] as Client;
          const roll = next();
          if (roll < 0.05) {
            if (client.link.connected) hub.disconnect(client.link);
            else hub.reconnect(client.link);
            log.push(`${step}: ${clients.indexOf(client)} ${client.link.connected ? 'reconnect' : 'disconnect'}`);
          } else if (roll < 0.3) {
            hub.deliver(client.link);
          } else {
            log.push(`${step}: ${clients.indexOf(client)} ${randomEdit(client, next)}`);
          }
        }
        for (const client of clients) if (!client.link.connected) hub.reconnect(client.link);
        hub.deliverAll();
        const [first, ...rest] = clients.map((client) => client.editor);
        if (!first) throw new Error('no editors');
        first.view.state.doc.check();
        const json = first.view.state.doc.toJSON();
        expect(yXmlFragmentToProseMirrorRootNode(first.editor.getXmlFragment(PROSEMIRROR_FRAGMENT), speechSchema).toJSON()).toEqual(json);
        for (const editor of rest) {
          expect(editor.view.state.doc.toJSON()).toEqual(json);
          expect(Y.encodeStateVector(editor.editor)).toEqual(Y.encodeStateVector(first.editor));
          expect(editor.editor.getXmlFragment(PROSEMIRROR_FRAGMENT).toJSON()).toEqual(first.editor.getXmlFragment(PROSEMIRROR_FRAGMENT).toJSON());
        }
        for (const editor of [first, ...rest]) expect(Y.encodeStateVector(editor.network)).toEqual(Y.encodeStateVector(editor.editor));
      } catch (error) {
        throw new Error(`convergence failed for seed ${seed}; last steps:\n${log.slice(-15).join('\n')}\n${String(error)}`, { cause: error });
      }
    });
  }
});
