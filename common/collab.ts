/**
 * Names shared by every party that touches a speech's Yjs document (host seeding, editor binding, tests).
 * The Hocuspocus document name of a speech is its id.
 */

/** The Y.XmlFragment that y-prosemirror binds the editor to. */
export const PROSEMIRROR_FRAGMENT = 'prosemirror';

/** A Y.Map of per-speech settings that are not part of the text. */
export const SETTINGS_MAP = 'settings';

/** Keys of SETTINGS_MAP. */
export const SETTING_NUMBERING_STYLE = 'numberingStyle';

/** The length the speech should take to deliver, in whole minutes (see common/speaking-time.ts). */
export const SETTING_TARGET_MINUTES = 'targetMinutes';

/**
 * The speech's own export layout: one key per field, `layout.<path>` (`layout.marginsMm.top` → 30), each
 * overriding the GB/T 9704 default (see common/export/layout-settings.ts).
 */
export const SETTING_LAYOUT = 'layout';

/**
 * Every speech has a companion Yjs document for its review comments, named `<id>/comments`: comments live
 * apart from the text so that a commenter's connection can write them while being read-only for the speech.
 */
export const COMMENTS_DOCUMENT_SUFFIX = '/comments';

export function commentsDocumentName(speechId: string): string {
  return `${speechId}${COMMENTS_DOCUMENT_SUFFIX}`;
}

/** What a Hocuspocus document name refers to: a speech's text or its comments. */
export type CollabDocumentRef = { kind: 'speech'; speechId: string } | { kind: 'comments'; speechId: string };

export function parseCollabDocumentName(name: string): CollabDocumentRef {
  if (name.endsWith(COMMENTS_DOCUMENT_SUFFIX)) {
    return { kind: 'comments', speechId: name.slice(0, -COMMENTS_DOCUMENT_SUFFIX.length) };
  }
  return { kind: 'speech', speechId: name };
}
