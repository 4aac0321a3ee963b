import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dismissedKeys, dismissFinding, findingKey, visibleFindings } from './dismissal';
import type { Finding } from './finding';

const finding = (kind: Finding['kind'], text: string, from: number): Finding => ({ kind, message: '', text, from, to: from + text.length, params: {} });

describe('dismissing findings', () => {
  it('hides every finding of a dismissed kind and text, wherever it is', () => {
    const findings = [finding('unknown-value', 'X%', 3), finding('unknown-value', 'X%', 40), finding('typed-numbering', 'X%', 50)];
    expect(visibleFindings(findings, [findingKey(findings[0] as Finding)])).toEqual([findings[2]]);
  });

  it('keeps dismissals in the settings map, where a co-editor sees them and concurrent ones merge', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    dismissFinding(mine.getMap('settings'), 'unknown-value:X%');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    dismissFinding(theirs.getMap('settings'), 'typed-numbering:一、');
    dismissFinding(mine.getMap('settings'), 'repeated-sentence:要抓好落实。');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    const expected = ['repeated-sentence:要抓好落实。', 'typed-numbering:一、', 'unknown-value:X%'];
    expect(dismissedKeys(mine.getMap('settings'))).toEqual(expected);
    expect(dismissedKeys(theirs.getMap('settings'))).toEqual(expected);
  });

  it('reads no dismissals from a speech without any, or with something else under the key', () => {
    const doc = new Y.Doc();
    expect(dismissedKeys(doc.getMap('settings'))).toEqual([]);
    doc.getMap('settings').set('dismissedFindings', 'x');
    expect(dismissedKeys(doc.getMap('settings'))).toEqual([]);
  });
});
