import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { newSpeechDoc } from '../../../common/seed';
import { speechSchema } from '../../../common/schema';
import { emptyHintsPlugin } from './empty-hints';

const hints = { title: '讲话标题', meta: '（讲话人，日期）' };

function mount(doc = newSpeechDoc('')) {
  return new EditorView(document.createElement('div'), { state: EditorState.create({ schema: speechSchema, doc, plugins: [emptyHintsPlugin(hints)] }) });
}

describe('empty line hints', () => {
  it('marks the empty title and meta line with their hints', () => {
    const view = mount();
    expect(view.dom.querySelector('h1')?.getAttribute('data-hint')).toBe('讲话标题');
    expect(view.dom.querySelector('.speech-meta')?.getAttribute('data-hint')).toBe('（讲话人，日期）');
    expect(view.dom.querySelectorAll('.speech-empty')).toHaveLength(2);
  });

  it('drops a hint once its line has text, and keeps hints out of the document', () => {
    const view = mount(newSpeechDoc('在全区会议上的讲话'));
    expect(view.dom.querySelector('h1')?.hasAttribute('data-hint')).toBe(false);
    expect(view.dom.querySelectorAll('.speech-empty')).toHaveLength(1);
    expect(view.state.doc.textContent).toBe('在全区会议上的讲话同志们：');
  });
});
