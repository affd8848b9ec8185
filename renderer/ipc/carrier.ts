import type { CommandName } from '../../shared/ipc';

/**
 * How messages of shared/ipc.ts reach the backend: over `window.legflow` in the desktop app,
 * over a WebSocket in browser mode. A carrier only moves them; the client parses what it
 * brings back, so both carriers are held to the same schemas.
 */
export interface Carrier {
  /** Sends one command; resolves with its wire result (unparsed), never rejects. */
  send(command: CommandName, payload: unknown): Promise<unknown>;
  /** Calls `listener` with every notification (unparsed); returns the unsubscribe function. */
  onNotification(listener: (notification: unknown) => void): () => void;
}
