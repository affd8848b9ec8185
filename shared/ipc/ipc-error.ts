import { z } from 'zod';

/**
 * Why a command failed, as a code a UI can act on. Expected outcomes (a save conflict, a file
 * that is not a flow) are replies, not failures; failures are what a UI can only report.
 */
export const IPC_ERROR_CODES = [
  /** The request did not match the command's schema. */
  'bad-request',
  /** No command of that name: the UI and the backend are from different builds. */
  'unknown-command',
  /** The caller may not use the backend: a foreign window or page. */
  'forbidden',
  /** A path outside the workspace, or not a flow file name. */
  'invalid-path',
  /** The file or template asked for does not exist. */
  'not-found',
  /** The disk said no: permissions, a full disk, a folder where a file was expected. */
  'io',
  /** The backend could not be reached, or the connection dropped while waiting. */
  'disconnected',
  /** A bug: the backend threw something unexpected, or replied with the wrong shape. */
  'internal',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** A failure as it travels: code, a message written for the person at the screen, details. */
export const ipcFailureSchema = z.object({
  code: z.enum(IPC_ERROR_CODES),
  message: z.string(),
  /** Each thing wrong with the request or the file, when there are several. */
  problems: z.array(z.string()).optional(),
});

export type IpcFailure = z.infer<typeof ipcFailureSchema>;

/**
 * The one error type of the contract. The backend throws it to fail a command with a clear
 * message; the UI's client throws it when a command fails, whichever carrier brought the reply.
 */
export class IpcError extends Error {
  readonly code: IpcErrorCode;
  readonly problems: readonly string[];

  constructor(code: IpcErrorCode, message: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
    this.problems = problems;
  }

  /** The error as it crosses a boundary. */
  toFailure(): IpcFailure {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems.length ? { problems: [...this.problems] } : {}),
    };
  }

  static fromFailure(failure: IpcFailure): IpcError {
    return new IpcError(failure.code, failure.message, failure.problems);
  }
}
