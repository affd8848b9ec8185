import type { ListenerLogger } from '../../../../electron/listener';

/** One line the listener logged. */
export interface LoggedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  details?: Record<string, unknown>;
}

/** A logger that keeps what it is told, for tests to look at. */
export function recordingLogger(): ListenerLogger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at = (level: LoggedLine['level']) => (message: string, details?: Record<string, unknown>) =>
    lines.push(details === undefined ? { level, message } : { level, message, details });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
