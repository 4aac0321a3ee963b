import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { speechSchema } from '../../../common/schema';
import { VARIABLES_MAP } from '../../../common/variables';
import { MemoryHub } from '../testing/memory-hub';
import { sampleSpeech, seedUpdate } from '../testing/speech-fixture';
import { createHeadlessEditor, type HeadlessEditor } from '../testing/headless-editor';
import { computeSnapshot } from '../snapshot';

const s = speechSchema;

/** The sample speech with the meeting's name as a variable twice and a slot, as a template leaves them. */
function speechWithVariables() {
  const sample = sampleSpeech();
  const chip = (kind: string, key: string, fallback = '') => s.node('placeholder', { kind, key, fallback });
  const opening = s.node('paragraph', null, [s.text('召开'), chip('variable', 'meeting', '会议名称'), s.text('，'), chip('slot', '增速', 'X%')]);
  const closing = s.node('paragraph', null, [s.text('开好'), chip('variable', 'meeting', '会议名称'), s.text('。'), chip('variable', 'speaker')]);
  const blocks: ReturnType<typeof s.node>[] = [];
  sample.forEach((block, _pos, index) => blocks.push(index === 3 ? opening : block));
  blocks.push(closing);
  return s.node('doc', null, blocks);
}

const chips = (editor: HeadlessEditor) =>
  [...editor.view.dom.querySelectorAll<HTMLElement>('.placeholder-chip')].map((chip) => `${chip.textContent}${chip.classList.contains('placeholder-unfilled') ? '?' : ''}`);

const editors: HeadlessEditor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

describe('document variables in the editor', () => {
  it('shows a variable\'s value in every chip of every connected client, and marks unset ones', () => {
    const hub = new MemoryHub(true);
    Y.applyUpdate(hub.server, seedUpdate(speechWithVariables()));
    const [writer, reviewer] = [0, 1].map(() => {
      const network = new Y.Doc();
      hub.join(network);
      const editor = createHeadlessEditor(network, document.body.appendChild(document.createElement('div')));
      editors.push(editor);
      return editor;
    }) as [HeadlessEditor, HeadlessEditor];

    expect(chips(reviewer)).toEqual(['会议名称?', 'X%?', '会议名称?', 'speaker?']);

    writer.editor.getMap(VARIABLES_MAP).set('meeting', '全区三季度经济形势分析会');
    hub.deliverAll();
    for (const editor of [writer, reviewer]) expect(chips(editor)).toEqual(['全区三季度经济形势分析会', 'X%?', '全区三季度经济形势分析会', 'speaker?']);

    const snapshot = computeSnapshot(reviewer.view.state, { ready: true, saveState: 'saved', peers: [] });
    expect(snapshot.variables).toEqual({ meeting: '全区三季度经济形势分析会' });
    expect(snapshot.usedVariables).toEqual(['meeting', 'speaker']);
    expect(snapshot.slots).toBe(1);
    expect(snapshot.outline).toHaveLength(4);

    reviewer.editor.getMap(VARIABLES_MAP).delete('meeting');
    hub.deliverAll();
    expect(chips(writer)).toEqual(['会议名称?', 'X%?', '会议名称?', 'speaker?']);
  });
});
