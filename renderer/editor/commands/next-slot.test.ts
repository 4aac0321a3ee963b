import { describe, expect, it } from 'vitest';
import { NodeSelection } from 'prosemirror-state';
import { speechSchema } from '../../../common/schema';
import { selectNextSlot } from './next-slot';
import { apply, p, speech, stateAt } from '../testing/command-state';

const s = speechSchema;
const slot = (fallback: string) => s.node('placeholder', { kind: 'slot', key: fallback, fallback });
const variable = s.node('placeholder', { kind: 'variable', key: 'region' });
const doc = speech(p('开场'), s.node('paragraph', null, [s.text('排全市第'), slot('X'), s.text('位，'), variable, slot('XX项目')]));

function selectedFallback(state: ReturnType<typeof stateAt> | undefined): unknown {
  return state?.selection instanceof NodeSelection ? state.selection.node.attrs.fallback : undefined;
}

describe('selectNextSlot', () => {
  it('selects the next slot after the caret, skipping other placeholders, and wraps around', () => {
    const first = apply(stateAt(doc, 3), selectNextSlot);
    expect(selectedFallback(first)).toBe('X');
    const second = first && apply(first, selectNextSlot);
    expect(selectedFallback(second)).toBe('XX项目');
    const wrapped = second && apply(second, selectNextSlot);
    expect(selectedFallback(wrapped)).toBe('X');
  });

  it('does not apply without slots', () => {
    expect(apply(stateAt(speech(p('开场')), 3), selectNextSlot)).toBeUndefined();
  });
});
