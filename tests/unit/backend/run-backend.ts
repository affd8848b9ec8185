import { RUN_NOTIFICATIONS } from '../../../shared/ipc';
import type { RunUpdateMessage } from '../../../shared/ipc';
import { createTempBackend } from './temp-backend';
import type { TempBackend } from './temp-backend';

/**
 * A temporary backend whose simulator runs at `simSpeed` (at the speed saved in Settings when
 * absent), with every run update it sent.
 */
export interface RunBackend extends TempBackend {
  updates: { runId: string; update: RunUpdateMessage; seq: number }[];
  /** Runs a command and returns its value; a failure throws with the command's message. */
  value<T = Record<string, unknown>>(command: string, payload?: unknown): Promise<T>;
  /** Whether `runId` has sent an update that passes `test`. */
  seen(runId: string, test: (update: RunUpdateMessage) => boolean): boolean;
}

export async function createRunBackend(simSpeed?: number): Promise<RunBackend> {
  const temp = await createTempBackend(simSpeed === undefined ? {} : { simSpeed });
  const updates: RunBackend['updates'] = [];
  temp.backend.subscribe(({ name, payload }) => {
    // Parsed as the UI parses it, so a shape the schema rejects fails here, not in the canvas.
    if (name === 'run.update') updates.push(RUN_NOTIFICATIONS['run.update'].parse(payload));
  });
  return {
    ...temp,
    updates,
    async value<T>(command: string, payload?: unknown): Promise<T> {
      const result = await temp.backend.dispatch(command, payload);
      if (!result.ok) throw new Error(`${command} failed: ${result.error.message}`);
      return result.value as T;
    },
    seen: (runId, test) => updates.some((notice) => notice.runId === runId && test(notice.update)),
  };
}

/** Polls `check` every 10 ms, for up to 5 s, until it gives something truthy. */
export async function until<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const found = await check();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
