// ASSUMPTION(v2-error-codes): v2 error_data.code repeats the HTTP status; 401 uses v3's 1010.
/**
 * The error codes the simulator puts in `error_data.code`. The reference documents codes only for
 * v3 (seed 003: 1010 authentication failed, 1017 tenant not found, 10724 too many requests, 10743
 * legs not found, 10715 error retrieving leg details, 10744 call not found); for the rest the
 * code repeats the HTTP status. One table, so a user who sees the real codes corrects them here.
 */
export const ERROR_CODES = {
  badRequest: 400,
  authFailed: 1010,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  tooLarge: 413,
  rateLimited: 429,
  v3RateLimited: 10724,
  callNotFound: 10744,
  tenantNotFound: 1017,
  legsNotFound: 10743,
  legDetailsError: 10715,
  internal: 500,
} as const;

/** v3's errors with their seed 003 wording: the HTTP status and the description's words. */
export const V3_ERRORS = {
  tenantNotFound: { status: 404, code: ERROR_CODES.tenantNotFound, message: 'Tenant not found' },
  legsNotFound: { status: 500, code: ERROR_CODES.legsNotFound, message: 'Legs not found' },
  legDetailsError: {
    status: 500,
    code: ERROR_CODES.legDetailsError,
    message: 'Error retrieving leg details',
  },
  tooManyRequests: { status: 429, code: ERROR_CODES.v3RateLimited, message: 'Too many requests' },
  callNotFound: { status: 404, code: ERROR_CODES.callNotFound, message: 'Call not found' },
} as const;

/** One of {@link V3_ERRORS} as an ApiError. */
export function v3Error(which: keyof typeof V3_ERRORS, description: string): ApiError {
  const { status, code, message } = V3_ERRORS[which];
  return new ApiError(status, code, message, description);
}

/** The 429 body's message, word for word from the docs. */
export const RATE_LIMIT_MESSAGE = 'Rate limit exceeded. Please retry after some time.';

/** A request the API refuses: the status, and `error_data` for the envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly description: string = message,
    /** Extra reply headers, e.g. `Retry-After` on a 429 or `Allow` on a 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 400, naming the field in the message: `time_limit must be ...`. */
export function badRequest(message: string, description?: string): ApiError {
  return new ApiError(400, ERROR_CODES.badRequest, message, description);
}

/** 404 for a leg, bridge or call the account does not have. */
export function notFound(what: string, code: number = ERROR_CODES.notFound): ApiError {
  return new ApiError(404, code, `${what} not found`, `This account has no ${what}.`);
}
