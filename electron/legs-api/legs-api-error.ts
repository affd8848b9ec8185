/** What went wrong, in the terms the UI and the runner branch on. */
export type LegsApiErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'bad-reply';

/** The fields of a {@link LegsApiError}, all already free of secrets. */
export interface LegsApiErrorFields {
  kind: LegsApiErrorKind;
  /** The HTTP status, or 0 when no reply came (network failure, time-out). */
  status: number;
  /** The platform's error code, or the system's (e.g. `ECONNREFUSED`) for a network failure. */
  code?: string | undefined;
  /** `error_data.message` (or `error.message` of a 429) as the platform wrote it. */
  platformMessage?: string | undefined;
  /** `error_data.description`, when the platform gave one. */
  description?: string | undefined;
  /** The reply's `request_id`, which Exotel support asks for. */
  requestId?: string | undefined;
  /** How many times the request was repeated before giving up. */
  retries: number;
  /**
   * True when the request may have reached the platform but no answer came back (a broken
   * connection after sending, a time-out), so an action may or may not have taken effect.
   */
  outcomeUnknown: boolean;
}

/**
 * The one error every Legs API failure becomes. `message` is written for a designer; the fields
 * are for code. Nothing in it holds the API token: it is built from redacted text only and keeps
 * no `cause`, whose text we do not control.
 */
export class LegsApiError extends Error implements LegsApiErrorFields {
  readonly kind: LegsApiErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly platformMessage: string | undefined;
  readonly description: string | undefined;
  readonly requestId: string | undefined;
  readonly retries: number;
  readonly outcomeUnknown: boolean;

  constructor(message: string, fields: LegsApiErrorFields) {
    super(message);
    this.name = 'LegsApiError';
    this.kind = fields.kind;
    this.status = fields.status;
    this.code = fields.code;
    this.platformMessage = fields.platformMessage;
    this.description = fields.description;
    this.requestId = fields.requestId;
    this.retries = fields.retries;
    this.outcomeUnknown = fields.outcomeUnknown;
  }

  /** A plain copy for logs and IPC; `message` is not enumerable on an Error, so it is added. */
  toJSON(): LegsApiErrorFields & { name: string; message: string } {
    return {
      name: this.name,
      message: this.message,
      kind: this.kind,
      status: this.status,
      code: this.code,
      platformMessage: this.platformMessage,
      description: this.description,
      requestId: this.requestId,
      retries: this.retries,
      outcomeUnknown: this.outcomeUnknown,
    };
  }
}

/** True when `error` is a {@link LegsApiError}. */
export function isLegsApiError(error: unknown): error is LegsApiError {
  return error instanceof LegsApiError;
}
