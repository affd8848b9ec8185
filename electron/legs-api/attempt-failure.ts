import type { LegsApiErrorKind } from './legs-api-error';

/**
 * How one HTTP attempt failed, before the retry loop decides whether to try again and, if not,
 * turns it into a {@link LegsApiError}.
 */
export interface AttemptFailure {
  kind: LegsApiErrorKind;
  /** HTTP status, or 0 when no reply came. */
  status: number;
  code?: string | undefined;
  platformMessage?: string | undefined;
  description?: string | undefined;
  requestId?: string | undefined;
  /** The request may have reached the platform, so repeating a POST could do it twice. */
  mayHaveReached: boolean;
  /** Another attempt could succeed (a refused connection, a 503); a 400 or a bad certificate won't. */
  transient: boolean;
  /** From the reply's `Retry-After` header. */
  retryAfterMs?: number | undefined;
  /** For network failures and unreadable replies: what went wrong, in a few words. */
  problem?: string | undefined;
}

/**
 * Platform error codes that say more than their HTTP status (reference/legs-api.md, "v3 call
 * legs"): v3 answers "legs not found" with a 500, for instance.
 */
const PLATFORM_CODE_KINDS: Readonly<Record<string, LegsApiErrorKind>> = {
  '10743': 'not-found',
  '10744': 'not-found',
  '1017': 'not-found',
  '1010': 'auth',
  '10724': 'rate-limited',
};

/** The kind of failure an HTTP error status (>= 400) and the platform's code stand for. */
export function kindForStatus(status: number, platformCode?: string): LegsApiErrorKind {
  const byCode = platformCode === undefined ? undefined : PLATFORM_CODE_KINDS[platformCode];
  if (byCode) return byCode;
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** Statuses a gateway gives when the platform is briefly away; worth another GET. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);
