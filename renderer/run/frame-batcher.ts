/** Schedules a callback for the next frame; `requestAnimationFrame` in the app, fakes in tests. */
export type FrameScheduler = (callback: () => void) => unknown;

/** Collects items and hands them over together, once per frame. */
export interface FrameBatcher<T> {
  push(item: T): void;
  /** Hands over what is waiting now, without waiting for the frame. */
  flush(): void;
  /** Drops what is waiting; a frame already asked for then does nothing. */
  cancel(): void;
}

const nextFrame: FrameScheduler = (callback) =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(() => callback())
    : setTimeout(callback, 16);

/**
 * Coalesces a burst (hundreds of run updates in one frame) into one call of `deliver` per frame,
 * so the canvas renders once per frame however fast events arrive (issue 7, "Speed").
 */
export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  schedule: FrameScheduler = nextFrame,
): FrameBatcher<T> {
  let waiting: T[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    deliver(items);
  };
  return {
    push(item) {
      waiting.push(item);
      if (scheduled) return;
      scheduled = true;
      schedule(flush);
    },
    flush,
    cancel() {
      waiting = [];
    },
  };
}
