import { afterEach, describe, expect, it } from 'vitest';
import type { SaveState } from '../editor/types';
import { render, type Rendered } from '../testing/render';
import { useUnsyncedWarning } from './use-unsynced-warning';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function Probe({ saveState, unsynced, desktop }: { saveState: SaveState; unsynced: number; desktop?: { reportUnsyncedChanges(count: number): void } }) {
  useUnsyncedWarning(saveState, unsynced, desktop);
  return null;
}

/** Whether leaving the page now would ask first. */
function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useUnsyncedWarning', () => {
  it('asks before the page unloads only while offline with unsynced changes', async () => {
    rendered = await render(<Probe saveState="offline" unsynced={3} />);
    expect(unloadAsks()).toBe(true);
    rendered.unmount();
    rendered = await render(<Probe saveState="offline" unsynced={0} />);
    expect(unloadAsks()).toBe(false);
    rendered.unmount();
    rendered = await render(<Probe saveState="saving" unsynced={3} />);
    expect(unloadAsks()).toBe(false);
    rendered.unmount();
    rendered = undefined;
    expect(unloadAsks()).toBe(false);
  });

  it('tells the desktop app the count, and 0 when the speech closes, leaving the asking to it', async () => {
    const reported: number[] = [];
    const desktop = { reportUnsyncedChanges: (count: number) => void reported.push(count) };
    rendered = await render(<Probe saveState="offline" unsynced={3} desktop={desktop} />);
    expect(unloadAsks()).toBe(false);
    rendered.unmount();
    rendered = undefined;
    expect(reported).toEqual([3, 0]);
  });
});
