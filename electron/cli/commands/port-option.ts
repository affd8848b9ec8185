import { CliError } from '../cli-error';

/** Reads a `--port`-style option: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string, option = '--port'): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new CliError(`${option} must be a port number from 0 to 65535, not "${value}".`);
  }
  return port;
}
