import { findFreePort } from './free-port';

/** Thrown when a server's port is taken; names a port that is free instead. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly freePort: number,
    /** What the user can do about it, e.g. which setting or option picks the port. */
    advice = 'Choose another port, or stop the other program.',
  ) {
    super(
      `Port ${port} on ${host} is in use by another program; port ${freePort} is free. ${advice}`,
    );
    this.name = 'PortInUseError';
  }
}

/** Turns a bind failure into a {@link PortInUseError} when that is what it was. */
export async function explainBindError(
  error: Error,
  host: string,
  port: number,
  advice?: string,
): Promise<Error> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && !error.message.includes('EADDRINUSE')) return error;
  return new PortInUseError(host, port, await findFreePort(host).catch(() => 0), advice);
}

/** What to do when an event listener's port is taken. */
export const LISTENER_PORT_ADVICE =
  "Change the listener's port in the profile settings (or with --port), or stop the other program.";
