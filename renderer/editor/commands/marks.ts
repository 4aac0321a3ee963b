import { toggleMark } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { speechSchema } from '../../../common/schema';

export const toggleStrong: Command = toggleMark(speechSchema.marks.strong);
export const toggleEmphasis: Command = toggleMark(speechSchema.marks.emphasis);
