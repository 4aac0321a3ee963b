/**
 * Whether the desktop app may quit or close its window: not silently while the renderer reports changes the
 * host has not acknowledged (offline edits to a team server's speech). Kept free of Electron so that the
 * decision is tested; main.ts asks with a native dialog.
 */
import type { MainStrings } from './strings';

/** Button order of the warning; Cancel is the default and what Escape picks. */
export const QUIT_ANYWAY = 0;
export const CANCEL = 1;

export interface QuitWarning {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export function quitWarning(strings: MainStrings, count: number): QuitWarning {
  return {
    type: 'warning',
    title: strings.unsyncedTitle,
    message: strings.unsyncedMessage.replace('{count}', String(count)),
    detail: strings.unsyncedDetail,
    buttons: [strings.quitAnyway, strings.cancel],
    defaultId: CANCEL,
    cancelId: CANCEL,
    noLink: true,
  };
}

export class QuitGuard {
  private unsynced = 0;
  private confirmed = false;

  /** `ask` shows the warning for a count and returns the index of the button pressed. */
  constructor(private readonly ask: (count: number) => number) {}

  /** The renderer's latest count of unsynced changes. */
  report(count: number): void {
    this.unsynced = count;
  }

  /**
   * True when quitting may go on: nothing is unsynced, or the user chose to quit anyway. Asks once per
   * quit: closing the window and quitting the app both pass here, and the second must not ask again.
   */
  mayQuit(): boolean {
    if (this.confirmed || this.unsynced === 0) return true;
    this.confirmed = this.ask(this.unsynced) === QUIT_ANYWAY;
    return this.confirmed;
  }
}
