/**
 * Where the simulator says what happens: requests refused, events given up after retries, faults
 * injected. The same shape as the listener's logger, so the app can route both to one panel.
 */
export interface SimLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Says nothing: the default, since the simulator mostly runs inside tests and the app. */
export const silentSimLogger: SimLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Writes warnings and errors to stderr, for `legflow sim`. */
export const consoleSimLogger: SimLogger = {
  debug() {},
  info: (message, details) => console.error(`[sim] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[sim] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[sim] ${message}`, details ?? ''),
};
