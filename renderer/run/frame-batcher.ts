/** Schedules a callback: for the next frame (`requestAnimationFrame`), or the next task. */
export type FrameScheduler = (callback: () => void) => unknown;

/** Collects items and hands them over together: a burst once, then once a frame. */
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

/** Callbacks waiting for the next task, run in order by one message channel. */
const taskQueue: (() => void)[] = [];
let taskChannel: MessageChannel | undefined;

/**
 * The next task, ahead of timers: after the messages already queued (one event's run updates
 * arrive as several WebSocket messages at once) but long before the next frame.
 */
const nextTask: FrameScheduler = (callback) => {
  if (typeof MessageChannel !== 'function') return setTimeout(callback, 0);
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => taskQueue.shift()?.();
  }
  taskQueue.push(callback);
  taskChannel.port2.postMessage(null);
};

/**
 * Coalesces a burst (hundreds of run updates at once) into few calls of `deliver`, so the canvas
 * renders about once a frame however fast events arrive (issue 7, "Speed"). Items that find the
 * batcher idle are handed over at the next task, not at the next frame: the glow then makes the
 * very next frame instead of waiting one (tests/bench/glow-latency). Items arriving after that
 * wait for the next animation frame, and from then on are handed over once a frame until a frame
 * finds nothing waiting.
 */
export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  schedule: FrameScheduler = nextFrame,
  soon: FrameScheduler = nextTask,
): FrameBatcher<T> {
  let waiting: T[] = [];
  /** A hand-over is due or done since the last frame began: later items wait for the next. */
  let frameUsed = false;
  const flush = () => {
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    deliver(items);
  };
  const onFrame = () => {
    if (waiting.length === 0) {
      frameUsed = false;
      return;
    }
    try {
      flush();
    } finally {
      // Keep items that arrive now for the next frame, even when this hand-over threw.
      schedule(onFrame);
    }
  };
  return {
    push(item) {
      waiting.push(item);
      if (frameUsed) return;
      frameUsed = true;
      soon(() => {
        try {
          flush();
        } finally {
          schedule(onFrame);
        }
      });
    },
    flush,
    cancel() {
      waiting = [];
    },
  };
}
