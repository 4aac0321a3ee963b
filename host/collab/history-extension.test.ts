import { describe, expect, it } from 'vitest';
import { commentsDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import { keepsHistory } from './history-extension';

describe('keepsHistory', () => {
  it('keeps the deleted content of speeches only', () => {
    expect(keepsHistory('4f1c2a7e-speech')).toBe(true);
    expect(keepsHistory(INDICATORS_DOCUMENT)).toBe(false);
    expect(keepsHistory(commentsDocumentName('4f1c2a7e-speech'))).toBe(false);
  });
});
