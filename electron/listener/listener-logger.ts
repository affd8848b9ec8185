import { printableLine } from '../text/printable';

/**
 * Where the listener reports what a user may want to know but that must never stop a run:
 * unknown event names, malformed events, subscribers that threw. Injected, so the app can route
 * it to its log panel and tests can look at it.
 */
export interface ListenerLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Writes warnings and errors to stderr and drops the chatter; the default when none is given. */
export const consoleListenerLogger: ListenerLogger = {
  debug() {},
  info() {},
  // The message can quote the network (an unknown event name): escape what would drive a terminal.
  warn: (message, details) => console.warn(`[listener] ${printableLine(message)}`, details ?? ''),
  error: (message, details) => console.error(`[listener] ${printableLine(message)}`, details ?? ''),
};

/** Says nothing; for benchmarks and callers that log elsewhere. */
export const silentListenerLogger: ListenerLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
