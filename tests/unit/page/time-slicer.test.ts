import { describe, expect, it } from 'vitest';
import { createTimeSlicer } from '../../../src/page/time-slicer';

/** A clock whose time moves only when a step says so, and whose tasks run when the test says so. */
function fakeClock() {
  let now = 0;
  const tasks: (() => void)[] = [];
  return {
    clock: { now: () => now, later: (task: () => void) => void tasks.push(task) },
    spend: (ms: number) => (now += ms),
    runTask: () => tasks.shift()?.(),
    tasks,
  };
}

describe('the time slicer', () => {
  it('stops a slice once its budget is spent, yields, and goes on in a later task', () => {
    const { clock, spend, runTask, tasks } = fakeClock();
    let left = 100;
    const slices: boolean[] = [];
    const slicer = createTimeSlicer(
      () => (spend(0.5), --left > 0),
      (more) => slices.push(more),
      4,
      clock,
    );
    slicer.wake();
    slicer.wake(); // one pending task, however often woken
    expect(tasks).toHaveLength(1);
    runTask();
    expect(100 - left).toBe(8); // 4 ms at 0.5 ms a step
    expect(slices).toEqual([true]);
    while (tasks.length) runTask();
    expect(left).toBe(0);
    expect(slices.at(-1)).toBe(false);
  });

  it('ends a slice right after a step that overran the budget (a round of badge writes): no long task', () => {
    const { clock, spend, runTask, tasks } = fakeClock();
    const steps: number[] = [];
    const slicer = createTimeSlicer(
      () => {
        steps.push(steps.length);
        spend(steps.length === 1 ? 40 : 0.5);
        return steps.length < 20;
      },
      () => {},
      4,
      clock,
    );
    slicer.wake();
    runTask();
    expect(steps).toEqual([0]);
    runTask();
    expect(steps).toHaveLength(9);
    while (tasks.length) runTask();
    expect(steps).toHaveLength(20);
  });

  it('runs a slice at once on runNow, and not inside another slice', () => {
    const { clock } = fakeClock();
    let steps = 0;
    let inner = 0;
    const slicer = createTimeSlicer(
      () => {
        steps++;
        slicer.runNow(); // re-entry is ignored
        inner++;
        return steps < 3;
      },
      () => {},
      4,
      clock,
    );
    slicer.runNow();
    expect([steps, inner]).toEqual([3, 3]);
  });

  it('keeps going after a step throws, in the next task', () => {
    const { clock, runTask } = fakeClock();
    let calls = 0;
    const ends: boolean[] = [];
    const slicer = createTimeSlicer(
      () => {
        if (++calls === 1) throw new Error('one bad link');
        return calls < 3;
      },
      (more) => ends.push(more),
      4,
      clock,
    );
    expect(() => slicer.runNow()).toThrow('one bad link');
    runTask();
    expect(calls).toBe(3);
    expect(ends).toEqual([true, false]);
  });
});
