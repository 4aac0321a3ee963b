import { readTypedNumber } from '../typed-numbering';
import type { Check } from './check-input';
import { textBlocks } from './text-blocks';

/**
 * 一、 1、 （一） typed at the start of a paragraph or heading: Speechdesk numbers headings and points itself, so a
 * typed number does not follow when parts are moved or inserted, and shows twice on a real heading.
 */
export const typedNumberingCheck: Check = ({ doc }) =>
  textBlocks(doc)
    .filter((block) => block.type === 'paragraph' || block.type === 'heading')
    .flatMap((block) => {
      const typed = readTypedNumber(block.text);
      if (!typed) return [];
      const prefix = block.text.slice(0, typed.length).trim();
      const offset = block.text.indexOf(prefix);
      return [
        {
          kind: 'typed-numbering' as const,
          message: `numbering '${prefix}' is typed by hand; make the ${block.type} a numbered heading or point instead`,
          text: prefix,
          from: block.start + offset,
          to: block.start + offset + prefix.length,
          params: { prefix },
        },
      ];
    });
