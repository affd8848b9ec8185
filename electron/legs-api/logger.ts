import { redact } from './redact';

/** How loud a log line is. Requests are `debug`, retries `info`, failures `warn`. */
export type LegsApiLogLevel = 'debug' | 'info' | 'warn';

/** Receives the client's log lines; they never carry the API token or the auth header. */
export type LegsApiLogger = (level: LegsApiLogLevel, message: string) => void;

/** Wraps `log` so that every line passes through {@link redact} before it leaves the client. */
export function redactingLogger(log: LegsApiLogger | undefined, secrets: readonly string[]) {
  return (level: LegsApiLogLevel, message: string): void => {
    log?.(level, redact(message, secrets));
  };
}
