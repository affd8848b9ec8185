import { mkdir, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { LegEvent } from '../../shared/events';
import { runLogPath } from './run-log';
import type { RunLogEntry } from './run-log';

/** Appends to one run's log. */
export interface RunLogWriter {
  readonly path: string;
  /** Appends one line; resolves when it is written. Lines keep the order of the calls. */
  append(entry: RunLogEntry): Promise<void>;
  /** Appends an `event` line; `at` is when it was received (ms since the epoch), now by default. */
  appendEvent(event: LegEvent, at?: number): Promise<void>;
  /** Writes what is pending, flushes it to disk and closes the file. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens (or creates) the log of `runId` in `folder` for appending. Appends are serialized, and
 * those that come while a write is under way go out together in the next write, so a burst
 * of events costs a few writes, not one each.
 */
export async function openRunLog(folder: string, runId: string): Promise<RunLogWriter> {
  const path = runLogPath(folder, runId);
  await mkdir(folder, { recursive: true });
  const handle = await open(path, 'a+');
  let pending: string[] = [];
  // A crash can leave a torn last line; end it, so the next line is not glued to it.
  if (!(await endsWithNewline(handle))) pending.push('\n');

  let writing: Promise<void> | undefined;
  let closed: Promise<void> | undefined;

  const writeAll = async () => {
    try {
      while (pending.length > 0) {
        const text = pending.join('');
        pending = [];
        await handle.write(text);
      }
    } finally {
      // Nothing awaits between the empty check and this, so no append can slip in unwritten.
      writing = undefined;
    }
  };
  const append = (entry: RunLogEntry) => {
    if (closed) return Promise.reject(new Error(`The run log ${path} is closed.`));
    pending.push(`${JSON.stringify(entry)}\n`);
    return (writing ??= writeAll());
  };

  return {
    path,
    append,
    appendEvent: (event, at = Date.now()) =>
      append({ type: 'event', at: new Date(at).toISOString(), event }),
    close: () =>
      (closed ??= (async () => {
        try {
          while (writing) await writing;
          await handle.datasync();
        } finally {
          await handle.close();
        }
      })()),
  };
}

async function endsWithNewline(handle: FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a;
}
