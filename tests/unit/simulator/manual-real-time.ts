import { SimClock } from '../../../electron/simulator/clock/sim-clock';
import type { RealTime } from '../../../electron/simulator/clock/sim-clock';

/** Real time that moves only when the test says so: timers fire in order inside `advance`. */
export function manualRealTime() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const real: RealTime = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  return {
    real,
    /** Moves real time on by `ms`, firing every timer that falls due, earliest first. */
    advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= target)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = target;
    },
    pending: () => timers.size,
  };
}

/** A virtual clock at `speed` on manual real time, starting at virtual time 0. */
export function manualClock(speed = 1) {
  const time = manualRealTime();
  return { clock: new SimClock(speed, 0, time.real), advance: time.advance, time };
}
