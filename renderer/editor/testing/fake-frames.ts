import type { FrameClock } from '../frame-task';

/** A frame clock that advances only when the test calls step(): runs the callbacks requested before it. */
export function fakeFrames(): FrameClock & { step(): void; readonly waiting: number } {
  let next = 1;
  const callbacks = new Map<number, () => void>();
  return {
    request(callback) {
      const handle = next++;
      callbacks.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
    step() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
    get waiting() {
      return callbacks.size;
    },
  };
}
