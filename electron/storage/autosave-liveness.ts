// Which autosaves were left behind by a crash, and which belong to a window that is still open
// (another browser tab on the same backend, or the desktop app beside browser mode). Pure,
// unit-tested; the autosave commands give it the clock and the process table.
import { AUTOSAVE_HEARTBEAT_MS, AUTOSAVE_QUIET_AFTER_MS } from '../../shared/ipc';
import type { AutosaveEntry } from './autosave-store';

/** A backend process as an autosave's owner names it. */
export interface BackendIdentity {
  pid: number;
  backend: string;
}

export interface LivenessContext {
  /** Milliseconds since the epoch. */
  now: number;
  /** The backend asking. */
  self: BackendIdentity;
  /** Whether a process with this id runs on this machine. */
  isProcessRunning(pid: number): boolean;
}

/**
 * What became of an autosave's window: `left-behind` (crashed, killed, or its backend is gone,
 * so the flow is to be offered back), or `held` by a window still open, which may yet go quiet
 * in `quietInMs`.
 */
export type AutosaveStatus = { state: 'left-behind' } | { state: 'held'; quietInMs: number };

/**
 * An autosave is left behind when it has no owner (written before owners were kept), when the
 * backend its window talked to is gone, or when the window has not been heard from for longer
 * than it said it might be silent. One backend runs per process, so another backend id with
 * this process's id is one that was closed (a test's "crash").
 */
export function autosaveStatus(entry: AutosaveEntry, context: LivenessContext): AutosaveStatus {
  const { owner } = entry;
  if (!owner) return { state: 'left-behind' };
  const backendGone =
    owner.pid === context.self.pid
      ? owner.backend !== context.self.backend
      : !context.isProcessRunning(owner.pid);
  if (backendGone) return { state: 'left-behind' };
  const quietInMs = Date.parse(owner.seenAt) + owner.quietAfterMs - context.now;
  return quietInMs < 0 ? { state: 'left-behind' } : { state: 'held', quietInMs };
}

/**
 * How long a window that just started should wait before asking again, or null for never:
 * long enough for every autosave held by a window on screen a moment ago (a tab that has just
 * crashed, say) to go quiet, but not for a hidden tab's long silence, which waits for a later
 * start. Windows that are really open keep their autosaves held, so one more look is enough.
 */
export function recheckDelay(statuses: readonly AutosaveStatus[]): number | null {
  const limit = AUTOSAVE_QUIET_AFTER_MS.visible;
  const waits = statuses.flatMap((status) =>
    status.state === 'held' && status.quietInMs <= limit ? [status.quietInMs] : [],
  );
  // A heartbeat's worth of margin, so a window that has gone is surely quiet by then.
  return waits.length ? Math.ceil(Math.max(...waits)) + AUTOSAVE_HEARTBEAT_MS / 2 : null;
}

/** Whether a process runs: signal 0 checks without sending anything. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user; ESRCH: there is no such process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
