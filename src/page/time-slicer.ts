/**
 * Runs queued work in slices of a few milliseconds and yields to the page between them, so a
 * page that adds 100,000 links never gets a long task from us.
 */
export interface SlicerClock {
  now(this: void): number;
  /** Runs `callback` in a later task (not a microtask: the page must get its turn). */
  later(callback: () => void): void;
}

export interface TimeSlicer {
  /** Makes sure `step` runs soon; call after queueing work. */
  wake(): void;
  /**
   * Runs one slice now: for work found in a MutationObserver callback, which would otherwise
   * wait behind whatever the page queued.
   */
  runNow(): void;
}

/**
 * `step` does one small unit of work and returns false when nothing is left. `sliceEnd` runs
 * after every slice (to flush what the slices gathered), told whether work remains.
 */
export function createTimeSlicer(step: () => boolean, sliceEnd: (moreToDo: boolean) => void, budgetMs: number, clock: SlicerClock): TimeSlicer {
  let pending = false;
  let running = false;
  const wake = () => {
    if (pending) return;
    pending = true;
    clock.later(() => {
      pending = false;
      runSlice();
    });
  };
  function runSlice(): void {
    if (running) return;
    running = true;
    const deadline = clock.now() + budgetMs;
    let more = true;
    try {
      // The clock is read after every step: a step that overran (a round of badge writes) ends
      // the slice at once, and a look at the clock costs little beside a step's batch of work.
      while ((more = step())) {
        if (clock.now() >= deadline) break;
      }
    } finally {
      running = false;
      sliceEnd(more);
      if (more) wake();
    }
  }
  return { wake, runNow: runSlice };
}

/** A task queue of our own: a MessageChannel is not seen by the page, unlike window.postMessage. */
export function messageChannelClock(): SlicerClock {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    later(callback) {
      queue.push(callback);
      channel.port2.postMessage(null);
    },
  };
}
