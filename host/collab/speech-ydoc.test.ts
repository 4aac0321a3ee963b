import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SETTING_NUMBERING_STYLE } from '../../common/collab';
import { newSpeechDoc } from '../../common/seed';
import { readSpeechMetadata, seedSpeechState, speechSettings, speechToProseMirror, writeSpeechTitle } from './speech-ydoc';

function load(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc;
}

describe('speech Y.Doc', () => {
  it('seeds exactly the content of a new speech and its numbering style', () => {
    const ydoc = load(seedSpeechState('在全区工作会议上的讲话', 'official'));
    expect(speechToProseMirror(ydoc).toJSON()).toEqual(newSpeechDoc('在全区工作会议上的讲话').toJSON());
    expect(speechSettings(ydoc).get(SETTING_NUMBERING_STYLE)).toBe('official');
  });

  it('reads title, 字数 (title and 同志们) and numbering style', () => {
    const ydoc = load(seedSpeechState('讲话2025', 'speech'));
    expect(readSpeechMetadata(ydoc, 'official')).toEqual({ title: '讲话2025', characters: 6 + 3, numberingStyle: 'speech' });
  });

  it('falls back to the given style when the setting is not a known one', () => {
    const ydoc = load(seedSpeechState('讲话', 'speech'));
    speechSettings(ydoc).set(SETTING_NUMBERING_STYLE, 'roman');
    expect(readSpeechMetadata(ydoc, 'official').numberingStyle).toBe('official');
  });

  it('rewrites the title inside the document, as an update other replicas receive', () => {
    const ydoc = load(seedSpeechState('旧标题', 'speech'));
    const replica = load(Y.encodeStateAsUpdate(ydoc));
    ydoc.on('update', (update: Uint8Array) => Y.applyUpdate(replica, update));
    writeSpeechTitle(ydoc, '新标题');
    expect(readSpeechMetadata(replica, 'speech').title).toBe('新标题');
    expect(speechToProseMirror(replica).toJSON()).toEqual(newSpeechDoc('新标题').toJSON());
  });
});
