/** The browser's frame clock, or a stand-in (tests pass a fake one to step frames by hand). */
export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** requestAnimationFrame where there is one; a 16 ms timer elsewhere (a hidden or non-visual document). */
export const browserFrames: FrameClock = {
  request: (callback) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => callback()) : (setTimeout(callback, 16) as unknown as number)),
  cancel: (handle) => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(handle) : clearTimeout(handle)),
};

export interface FrameTask {
  /** Runs the task in the next frame; any number of calls before then make one run. */
  schedule(): void;
  /** Runs the task now if it is scheduled (and not again in the frame). */
  flush(): void;
  cancel(): void;
}

/**
 * Coalesces work that many events in one frame ask for (keystrokes, remote updates) into one run per frame:
 * the screen cannot show more than that, and running it per event is what made typing wait.
 */
export function frameTask(run: () => void, clock: FrameClock = browserFrames): FrameTask {
  let handle: number | null = null;
  const cancel = () => {
    if (handle === null) return;
    clock.cancel(handle);
    handle = null;
  };
  const flush = () => {
    if (handle === null) return;
    cancel();
    run();
  };
  return {
    schedule() {
      if (handle !== null) return;
      handle = clock.request(() => {
        handle = null;
        run();
      });
    },
    flush,
    cancel,
  };
}
