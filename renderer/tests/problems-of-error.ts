import { IpcError } from '../../shared/ipc';

/** An error as lines for the person at the screen: its message, then each problem it lists. */
export function problemsOfError(error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof IpcError ? [message, ...error.problems] : [message];
}
