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
