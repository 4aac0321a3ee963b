import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import type { Plugin } from 'prosemirror-state';
import { toggleEmphasis, toggleStrong } from '../commands/marks';
import { setHeading, setParagraph } from '../commands/block-type';
import { toggleLead } from '../commands/toggle-lead';
import { moveSection } from '../commands/move-section';
import { selectNextSlot } from '../commands/next-slot';
import { speechEnter } from '../commands/enter';
import { speechBackspace, speechDelete } from '../commands/backspace';

/** The speech's own keys, in front of ProseMirror's base keymap. */
export function speechKeymap(): Plugin[] {
  return [
    keymap({
      'Mod-b': toggleStrong,
      'Mod-i': toggleEmphasis,
      'Mod-Alt-1': setHeading(1),
      'Mod-Alt-2': setHeading(2),
      'Mod-Alt-3': setHeading(3),
      'Mod-Alt-4': setHeading(4),
      'Mod-Alt-0': setParagraph,
      'Mod-Alt-l': toggleLead,
      'Alt-ArrowUp': moveSection('up'),
      'Alt-ArrowDown': moveSection('down'),
      'Mod-Alt-n': selectNextSlot,
      // What these leave alone falls through to the base keymap below.
      Enter: speechEnter,
      Backspace: speechBackspace,
      Delete: speechDelete,
    }),
    keymap(baseKeymap),
  ];
}
