import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Server } from '@hocuspocus/server';
import { TextSelection } from 'prosemirror-state';
import { createSpeechEditor } from './speech-editor';
import { seedUpdate } from './testing/speech-fixture';
import type { EditorSnapshot, SpeechEditor } from './types';

/** A bare Hocuspocus server seeding every document with the sample speech, as the host does. */
let server: Server;
const seed = seedUpdate();

async function startServer(port = 0): Promise<Server> {
  const started = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    onLoadDocument: async ({ document }) => {
      Y.applyUpdate(document, seed);
    },
  });
  await started.listen();
  return started;
}

beforeAll(async () => {
  // jsdom does no layout; ProseMirror measures ranges when it scrolls the selection into view.
  Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  server = await startServer();
});

afterAll(async () => {
  await server.destroy();
});

interface Mounted {
  editor: SpeechEditor;
  snapshot: () => EditorSnapshot;
  /** Resolves when a snapshot satisfying the predicate has been reported (driven by onChange, no timers). */
  until: (predicate: (snapshot: EditorSnapshot) => boolean) => Promise<EditorSnapshot>;
}

const mounted: SpeechEditor[] = [];
afterEach(() => {
  for (const editor of mounted.splice(0)) editor.destroy();
});

function mount(documentId: string, name: string, port = server.address.port, readOnly = false): Mounted {
  let latest: EditorSnapshot | undefined;
  const waiters = new Set<{ predicate: (snapshot: EditorSnapshot) => boolean; resolve: (snapshot: EditorSnapshot) => void }>();
  const editor = createSpeechEditor({
    mount: document.body.appendChild(document.createElement('div')),
    documentId,
    collabUrl: `ws://127.0.0.1:${port}`,
    token: 't',
    user: { name, color: '#1f6feb' },
    hints: { title: '讲话标题', meta: '（讲话人，日期）' },
    readOnly,
    onChange: (snapshot) => {
      latest = snapshot;
      for (const waiter of waiters) {
        if (!waiter.predicate(snapshot)) continue;
        waiters.delete(waiter);
        waiter.resolve(snapshot);
      }
    },
  });
  mounted.push(editor);
  return {
    editor,
    snapshot: () => {
      if (!latest) throw new Error('no snapshot yet');
      return latest;
    },
    until: (predicate) =>
      latest && predicate(latest) ? Promise.resolve(latest) : new Promise((resolve) => waiters.add({ predicate, resolve })),
  };
}

describe('createSpeechEditor', () => {
  it('is read-only and not ready until the first sync, then shows the speech', async () => {
    const a = mount('speech-ready', '甲');
    expect(a.snapshot().ready).toBe(false);
    expect(a.editor.view.editable).toBe(false);
    const ready = await a.until((snapshot) => snapshot.ready && snapshot.saveState === 'saved');
    expect(a.editor.view.editable).toBe(true);
    expect(a.editor.view.state.doc.child(0).textContent).toBe('在全区领导干部会议上的讲话');
    expect(ready.outline.map((entry) => `${entry.label}${entry.text}`)).toEqual([
      '一、攻坚克难，确保全年目标圆满收官',
      '1、盯紧节点。推动项目提速。',
      '2、守住底线。抓好安全生产。',
      '二、从严从实，加强干部作风建设',
    ]);
    expect(ready.characters).toBeGreaterThan(60);
    expect(ready.numberingStyle).toBe('speech');
  });

  it("is never editable for a reader, whose commands and settings change nothing", async () => {
    const reader = mount('speech-reader', '列席', server.address.port, true);
    const ready = await reader.until((snapshot) => snapshot.ready);
    expect(reader.editor.view.editable).toBe(false);
    const { view, commands } = reader.editor;
    const before = view.state.doc.toJSON();
    const opening = view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize + view.state.doc.child(2).nodeSize;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, opening + 1)));
    expect([commands.setHeading(2), commands.toggleLead(), commands.toggleStrong(), commands.moveSection('up'), commands.undo()]).toEqual([false, false, false, false, false]);
    reader.editor.setNumberingStyle('official');
    reader.editor.setTargetMinutes(30);
    reader.editor.setVariable('meeting', '全区会议');
    expect(view.state.doc.toJSON()).toEqual(before);
    expect(reader.snapshot()).toMatchObject({ numberingStyle: ready.numberingStyle, targetMinutes: null, variables: ready.variables });
    // Selecting still works: the completeness panel jumps to gaps for readers too.
    reader.editor.jumpTo(reader.snapshot().outline[1]?.pos ?? 0);
    expect(view.state.selection.$from.parent.textContent).toBe('盯紧节点。推动项目提速。');
  });

  it('shares the numbering style and shows peers', async () => {
    const a = mount('speech-shared', '甲');
    const b = mount('speech-shared', '乙');
    await a.until((snapshot) => snapshot.ready);
    await b.until((snapshot) => snapshot.ready);
    const seen = await a.until((snapshot) => snapshot.peers.length === 1);
    expect(seen.peers).toEqual([{ name: '乙', color: '#1f6feb' }]);
    a.editor.setNumberingStyle('official');
    const official = await b.until((snapshot) => snapshot.numberingStyle === 'official');
    expect(official.outline.map((entry) => entry.label)).toEqual(['一、', '（一）', '（二）', '二、']);
  });

  it('runs commands at the selection and reports marks, levels and undo', async () => {
    const a = mount('speech-commands', '甲');
    await a.until((snapshot) => snapshot.ready);
    const { view, commands } = a.editor;
    const opening = view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize + view.state.doc.child(2).nodeSize;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, opening + 1)));
    expect(commands.setHeading(2)).toBe(true);
    expect(a.snapshot().active.headingLevel).toBe(2);
    expect(a.snapshot().active.canUndo).toBe(true);
    expect(commands.setParagraph()).toBe(true);
    expect(commands.toggleLead()).toBe(true);
    expect(a.snapshot().active.lead).toBe(true);
    expect(a.snapshot().outline[0]?.text).toBe('今天召开这次会议，主要任务是总结工作。');
    expect(commands.undo()).toBe(true);
    expect(a.snapshot().active.lead).toBe(false);
    expect(a.snapshot().active.canRedo).toBe(true);
    a.editor.jumpTo(a.snapshot().outline[2]?.pos ?? 0);
    expect(view.state.selection.$from.parent.textContent).toBe('守住底线。抓好安全生产。');
    expect(commands.moveSection('up')).toBe(true);
    expect(a.snapshot().outline.map((entry) => `${entry.label}${entry.text}`)[1]).toBe('1、守住底线。抓好安全生产。');
    expect(commands.moveSection('up')).toBe(false);
  });

  it('shares the target length, and keeps only whole minutes', async () => {
    const a = mount('speech-target', '甲');
    const b = mount('speech-target', '乙');
    await a.until((snapshot) => snapshot.ready);
    await b.until((snapshot) => snapshot.ready);
    expect(b.snapshot().targetMinutes).toBeNull();
    a.editor.setTargetMinutes(30);
    await b.until((snapshot) => snapshot.targetMinutes === 30);
    a.editor.setTargetMinutes(2.5);
    await b.until((snapshot) => snapshot.targetMinutes === null);
    // The spoken text comes from the live document, up to its last paragraph.
    expect(b.snapshot().spoken.at(-1)?.text).toBe('同志们，让我们以优异成绩迎接新的一年！');
  });

  it('shares document variables, inserts a section and takes it back out as template content', async () => {
    const a = mount('speech-variables', '甲');
    const b = mount('speech-variables', '乙');
    await a.until((snapshot) => snapshot.ready);
    await b.until((snapshot) => snapshot.ready);
    a.editor.setVariable('region', '高新区');
    expect((await b.until((snapshot) => snapshot.variables.region === '高新区')).variables).toEqual({ region: '高新区' });
    a.editor.setVariable('region', '');
    await b.until((snapshot) => !('region' in snapshot.variables));

    const { view, commands } = b.editor;
    b.editor.jumpTo(b.snapshot().outline[2]?.pos ?? 0);
    const section = [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '守牢底线' }] },
      { type: 'paragraph', content: [{ type: 'placeholder', attrs: { kind: 'slot', key: '降幅', format: '', fallback: 'X%' } }] },
    ];
    expect(commands.insertSection(section)).toBe(true);
    expect(b.snapshot().outline.map((entry) => `${entry.label}${entry.text}`)).toEqual([
      '一、攻坚克难，确保全年目标圆满收官',
      '1、盯紧节点。推动项目提速。',
      '2、守住底线。抓好安全生产。',
      '二、守牢底线',
      '三、从严从实，加强干部作风建设',
    ]);
    expect(b.snapshot().slots).toBe(1);
    expect(commands.nextSlot()).toBe(true);
    // The slot is selected: the section around it is what "save as template" takes.
    expect(view.state.selection.empty).toBe(false);
    expect(b.editor.sectionContent().map((json) => json.type)).toEqual(['heading', 'paragraph']);
    await a.until((snapshot) => snapshot.outline.length === 5);
  });

  it('opens from its local copy while the host is unreachable, counts the edits and merges them when it is back', async () => {
    let host = await startServer();
    const port = host.address.port;
    const online = mount('speech-offline', '甲', port);
    await online.until((snapshot) => snapshot.ready && snapshot.saveState === 'saved' && snapshot.unsynced === 0);
    mounted.splice(mounted.indexOf(online.editor), 1);
    online.editor.destroy();
    await host.destroy();

    const offline = mount('speech-offline', '甲', port);
    const opened = await offline.until((snapshot) => snapshot.ready);
    expect(opened.saveState).toBe('offline');
    expect(offline.editor.view.state.doc.child(0).textContent).toBe('在全区领导干部会议上的讲话');
    const { view } = offline.editor;
    view.dispatch(view.state.tr.insertText('离线改的', 1));
    // Typing is reported with the next frame, not inside the keystroke.
    expect((await offline.until((snapshot) => snapshot.unsynced > 0)).unsynced).toBe(1);

    host = await startServer(port);
    // The browser says the network is back: the editor connects now instead of after its back-off.
    window.dispatchEvent(new Event('online'));
    await offline.until((snapshot) => snapshot.saveState === 'saved' && snapshot.unsynced === 0);
    const stored = await host.hocuspocus.openDirectConnection('speech-offline');
    expect(stored.document?.getXmlFragment('prosemirror').toString()).toContain('离线改的');
    await stored.disconnect();
    mounted.splice(mounted.indexOf(offline.editor), 1);
    offline.editor.destroy();
    await host.destroy();
  });
});
