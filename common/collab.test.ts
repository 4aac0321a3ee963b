import { describe, expect, it } from 'vitest';
import { commentsDocumentName, parseCollabDocumentName } from './collab';

describe('collab document names', () => {
  it('names a speech by its id', () => {
    expect(parseCollabDocumentName('a1b2')).toEqual({ kind: 'speech', speechId: 'a1b2' });
  });

  it('round-trips the companion comments document of a speech', () => {
    expect(commentsDocumentName('a1b2')).toBe('a1b2/comments');
    expect(parseCollabDocumentName(commentsDocumentName('a1b2'))).toEqual({ kind: 'comments', speechId: 'a1b2' });
  });
});
