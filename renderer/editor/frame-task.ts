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

/**
 * Right after the next frame is painted (a task queued from requestAnimationFrame), or after 100 ms where no
 * frame comes (a hidden page): for work that must start promptly, but not inside the frame a keystroke waits
 * for. (Idle callbacks came too late: a reload half a second after a change could still find it unwritten.)
 */
export const afterNextPaint: FrameClock = (() => {
  let next = 1;
  const waiting = new Map<number, { frame: number | null; timer: ReturnType<typeof setTimeout> }>();
  const cancel = (handle: number) => {
    const entry = waiting.get(handle);
    if (!entry) return;
    waiting.delete(handle);
    if (entry.frame !== null) cancelAnimationFrame(entry.frame);
    clearTimeout(entry.timer);
  };
  return {
    request(callback) {
      const handle = next++;
      const run = () => {
        if (!waiting.has(handle)) return;
        cancel(handle);
        callback();
      };
      const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : null;
      waiting.set(handle, { frame, timer: setTimeout(run, frame === null ? 0 : 100) });
      return handle;
    },
    cancel,
  };
})();

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
