/**
 * File actions take turns: a second Ctrl+S while a save is on its way would save against a stale
 * modification time, and a file the system hands over must wait for the dialog that is up.
 */
/** Runs file actions one at a time. */
export interface OneAtATime {
  /** `action` made to do nothing, resolving false, while another action runs. */
  ifFree<A extends unknown[]>(
    action: (...args: A) => Promise<boolean>,
  ): (...args: A) => Promise<boolean>;
  /** `action` made to wait for the actions running or waiting before it, then run. */
  whenFree<A extends unknown[]>(
    action: (...args: A) => Promise<boolean>,
  ): (...args: A) => Promise<boolean>;
}

export function createOneAtATime(): OneAtATime {
  let busy = false;
  const waiting: (() => void)[] = [];
  /** Hands the turn straight to the next waiting action, so an `ifFree` one cannot cut in. */
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy = false;
  };
  const run = async (action: () => Promise<boolean>) => {
    try {
      return await action();
    } finally {
      release();
    }
  };
  return {
    ifFree:
      (action) =>
      async (...args) => {
        if (busy) return false;
        busy = true;
        return run(() => action(...args));
      },
    whenFree:
      (action) =>
      async (...args) => {
        if (busy) await new Promise<void>((turn) => waiting.push(turn));
        busy = true;
        return run(() => action(...args));
      },
  };
}
