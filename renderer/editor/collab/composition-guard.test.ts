import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { TextSelection } from 'prosemirror-state';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { speechSchema } from '../../../common/schema';
import { PROSEMIRROR_FRAGMENT } from '../../../common/collab';
import { MemoryHub } from '../testing/memory-hub';
import { seedUpdate } from '../testing/speech-fixture';
import { createHeadlessEditor, type HeadlessEditor } from '../testing/headless-editor';
import { undo } from '../commands/history';
import { isHoldingComposition } from './composition-guard';

const SETTLE = 60;

function yText(editor: HeadlessEditor): string {
  return yXmlFragmentToProseMirrorRootNode(editor.editor.getXmlFragment(PROSEMIRROR_FRAGMENT), speechSchema).textContent;
}

/** Position inside the body paragraph at index 3 (今天召开这次会议…), at a character offset. */
function inOpening(editor: HeadlessEditor, offset: number): number {
  let pos = 0;
  for (let index = 0; index < 3; index += 1) pos += editor.view.state.doc.child(index).nodeSize;
  return pos + 1 + offset;
}

describe('composition guard', () => {
  let hub: MemoryHub;
  let a: HeadlessEditor;
  let b: HeadlessEditor;

  beforeEach(() => {
    vi.useFakeTimers();
    hub = new MemoryHub(true);
    const seed = seedUpdate();
    const docs = [new Y.Doc(), new Y.Doc()];
    for (const doc of docs) Y.applyUpdate(doc, seed);
    [a, b] = docs.map((doc) => {
      hub.join(doc);
      return createHeadlessEditor(doc, document.body.appendChild(document.createElement('div')), SETTLE);
    }) as [HeadlessEditor, HeadlessEditor];
  });

  afterEach(() => {
    a.destroy();
    b.destroy();
    vi.useRealTimers();
  });

  function compose(editor: HeadlessEditor, at: number, steps: string[], committed: string): void {
    const view = editor.view;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
    view.dom.dispatchEvent(new CompositionEvent('compositionstart'));
    let length = 0;
    for (const step of steps) {
      const from = view.state.selection.from - length;
      view.dispatch(view.state.tr.insertText(step, from, from + length));
      length = step.length;
      // The peer types into the same paragraph at every step: before, inside and after the composition.
      const pos = inOpening(b, 0);
      b.view.dispatch(b.view.state.tr.insertText('前', pos));
      b.view.dispatch(b.view.state.tr.insertText('后', inOpening(b, b.view.state.doc.child(3).content.size)));
      expect(yText(b)).not.toContain(step);
    }
    const from = view.state.selection.from - length;
    view.dispatch(view.state.tr.insertText(committed, from, from + length));
    view.dom.dispatchEvent(new CompositionEvent('compositionend', { data: committed }));
  }

  it('keeps pinyin out of Yjs and remote updates out of the composing paragraph until the word is committed', () => {
    compose(a, inOpening(a, 2), ['z', 'zh', 'zhong'], '中');
    expect(isHoldingComposition(a.view.state)).toBe(true);
    expect(a.relay.pending).toBeGreaterThan(0);
    expect(a.view.state.doc.child(3).textContent).toBe('今天中召开这次会议，主要任务是总结工作。');
    vi.advanceTimersByTime(SETTLE * 2);
    expect(isHoldingComposition(a.view.state)).toBe(false);
    const expected = '前前前今天中召开这次会议，主要任务是总结工作。后后后';
    expect(a.view.state.doc.child(3).textContent).toBe(expected);
    expect(b.view.state.doc.child(3).textContent).toBe(expected);
    expect(a.view.state.doc.toJSON()).toEqual(b.view.state.doc.toJSON());
  });

  it('makes the committed word one undo step of its own, apart from typing just before it', () => {
    a.view.dispatch(a.view.state.tr.insertText('甲', inOpening(a, 0)));
    compose(a, inOpening(a, 3), ['z', 'zh'], '中');
    vi.advanceTimersByTime(SETTLE * 2);
    expect(undo(a.view.state, a.view.dispatch, a.view)).toBe(true);
    expect(a.view.state.doc.child(3).textContent).toBe('前前甲今天召开这次会议，主要任务是总结工作。后后');
    expect(b.view.state.doc.child(3).textContent).toBe('前前甲今天召开这次会议，主要任务是总结工作。后后');
  });

  it('does not undo while a composition is held', () => {
    a.view.dispatch(a.view.state.tr.insertText('甲', inOpening(a, 0)));
    a.view.dom.dispatchEvent(new CompositionEvent('compositionstart'));
    expect(undo(a.view.state, a.view.dispatch, a.view)).toBe(false);
    a.view.dom.dispatchEvent(new CompositionEvent('compositionend'));
    vi.advanceTimersByTime(SETTLE * 2);
    expect(undo(a.view.state, a.view.dispatch, a.view)).toBe(true);
  });

  it('writes each of two back-to-back compositions as its own change', () => {
    compose(a, inOpening(a, 2), ['zh'], '中');
    // The next composition starts before the first has settled.
    compose(a, a.view.state.selection.from, ['gu'], '国');
    vi.advanceTimersByTime(SETTLE * 2);
    const expected = '前前今天中国召开这次会议，主要任务是总结工作。后后';
    expect(b.view.state.doc.child(3).textContent).toBe(expected);
    expect(a.view.state.doc.child(3).textContent).toBe(expected);
    undo(a.view.state, a.view.dispatch, a.view);
    expect(b.view.state.doc.child(3).textContent).toBe('前前今天中召开这次会议，主要任务是总结工作。后后');
  });

  it('replaces a selection with the composed word as one change', () => {
    const view = a.view;
    const from = inOpening(a, 0);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + 2)));
    view.dom.dispatchEvent(new CompositionEvent('compositionstart'));
    view.dispatch(view.state.tr.insertText('jin', from, from + 2));
    expect(yText(b)).toContain('今天');
    view.dispatch(view.state.tr.insertText('近日', from, from + 3));
    view.dom.dispatchEvent(new CompositionEvent('compositionend'));
    vi.advanceTimersByTime(SETTLE * 2);
    expect(b.view.state.doc.child(3).textContent).toBe('近日召开这次会议，主要任务是总结工作。');
    undo(view.state, view.dispatch, view);
    expect(b.view.state.doc.child(3).textContent).toBe('今天召开这次会议，主要任务是总结工作。');
  });
});
