import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dismissedKeys, dismissFinding, findingKey, LEGACY_DISMISSED_FINDINGS, visibleFindings } from './dismissal';
import type { Finding } from './finding';

const finding = (kind: Finding['kind'], text: string, from: number): Finding => ({ kind, message: '', text, from, to: from + text.length, params: {} });

/** Two clients that exchange every update as it happens, as the provider does when both are online. */
function syncedPair(): [Y.Doc, Y.Doc] {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(theirs, update, 'remote');
  });
  theirs.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(mine, update, 'remote');
  });
  return [mine, theirs];
}

describe('dismissing findings', () => {
  it('hides every finding of a dismissed kind and text, wherever it is', () => {
    const findings = [finding('unknown-value', 'X%', 3), finding('unknown-value', 'X%', 40), finding('typed-numbering', 'X%', 50)];
    expect(visibleFindings(findings, [findingKey(findings[0] as Finding)])).toEqual([findings[2]]);
  });

  it('keeps both of two first dismissals made at once by two clients', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    // Neither has seen the other's: both dismiss the speech's very first findings while apart.
    dismissFinding(mine.getMap('settings'), 'unknown-value:X%');
    dismissFinding(theirs.getMap('settings'), 'typed-numbering:一、');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    const expected = ['typed-numbering:一、', 'unknown-value:X%'];
    expect(dismissedKeys(mine.getMap('settings'))).toEqual(expected);
    expect(dismissedKeys(theirs.getMap('settings'))).toEqual(expected);
  });

  it('shows a co-editor’s dismissal at once and keeps later ones of both', () => {
    const [mine, theirs] = syncedPair();
    dismissFinding(mine.getMap('settings'), 'unknown-value:X%');
    expect(dismissedKeys(theirs.getMap('settings'))).toEqual(['unknown-value:X%']);
    dismissFinding(theirs.getMap('settings'), 'repeated-sentence:要抓好落实。');
    expect(dismissedKeys(mine.getMap('settings'))).toEqual(['repeated-sentence:要抓好落实。', 'unknown-value:X%']);
  });

  it('still reads dismissals kept in the nested map of earlier versions', () => {
    const doc = new Y.Doc();
    const legacy = new Y.Map<unknown>();
    doc.getMap('settings').set(LEGACY_DISMISSED_FINDINGS, legacy);
    legacy.set('unknown-value:X%', true);
    dismissFinding(doc.getMap('settings'), 'unknown-value:X%');
    dismissFinding(doc.getMap('settings'), 'long-paragraph:今年以来');
    expect(dismissedKeys(doc.getMap('settings'))).toEqual(['long-paragraph:今年以来', 'unknown-value:X%']);
  });

  it('reads no dismissals from a speech without any, or with something else under the old key', () => {
    const doc = new Y.Doc();
    expect(dismissedKeys(doc.getMap('settings'))).toEqual([]);
    doc.getMap('settings').set(LEGACY_DISMISSED_FINDINGS, 'x');
    doc.getMap('settings').set('numberingStyle', 'speech');
    expect(dismissedKeys(doc.getMap('settings'))).toEqual([]);
  });
});
