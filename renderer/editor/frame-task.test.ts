import { describe, expect, it } from 'vitest';
import { frameTask } from './frame-task';
import { fakeFrames } from './testing/fake-frames';

describe('frameTask', () => {
  it('runs once per frame however often it is scheduled', () => {
    const frames = fakeFrames();
    let runs = 0;
    const task = frameTask(() => (runs += 1), frames);
    for (let i = 0; i < 18; i += 1) task.schedule();
    expect(runs).toBe(0);
    frames.step();
    expect(runs).toBe(1);
    frames.step();
    expect(runs).toBe(1);
    task.schedule();
    frames.step();
    expect(runs).toBe(2);
  });

  it('runs at once on flush, and not again in that frame', () => {
    const frames = fakeFrames();
    let runs = 0;
    const task = frameTask(() => (runs += 1), frames);
    task.flush();
    expect(runs).toBe(0);
    task.schedule();
    task.flush();
    expect(runs).toBe(1);
    frames.step();
    expect(runs).toBe(1);
  });

  it('does not run after cancel', () => {
    const frames = fakeFrames();
    let runs = 0;
    const task = frameTask(() => (runs += 1), frames);
    task.schedule();
    task.cancel();
    frames.step();
    expect(runs).toBe(0);
  });
});
