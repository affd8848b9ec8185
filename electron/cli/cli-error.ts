/** Exit codes of the `legflow` command (DESIGN.md, "Interfaces other programs and tests use"). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** An error meant for the person at the terminal: printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
