import { timingSafeEqual } from 'node:crypto';
import { ApiError, ERROR_CODES, v3Error } from './api-errors';

/** The account the simulator serves: its sid, and its API key and token (HTTP Basic auth). */
export interface SimAccount {
  sid: string;
  key: string;
  token: string;
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// ASSUMPTION(other-account): v2 answers 403, v3 404/1017, for another account's sid.
/**
 * Checks a request's Basic auth against the account and the sid in its path: 401 for missing or
 * wrong credentials; the right credentials on another account's sid are 403 on v2 (seed 000:
 * "access not allowed for this account") and 404 with code 1017 "Tenant not found" on v3 (seed
 * 003, whose error table has no 403).
 */
export function checkAuth(
  authorization: string | undefined,
  pathAccountSid: string,
  account: SimAccount,
  version: 'v2' | 'v3' = 'v2',
): void {
  const match = /^Basic\s+(\S+)\s*$/i.exec(authorization ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const key = colon < 0 ? '' : decoded.slice(0, colon);
  const token = colon < 0 ? '' : decoded.slice(colon + 1);
  if (!match || colon < 0 || !same(key, account.key) || !same(token, account.token)) {
    throw new ApiError(
      401,
      ERROR_CODES.authFailed,
      'Authentication failed',
      match
        ? 'The API key or token is wrong.'
        : 'Send HTTP Basic auth: the API key as user name and the API token as password.',
      { 'www-authenticate': 'Basic realm="Exotel Legs API (simulated)"' },
    );
  }
  if (pathAccountSid !== account.sid) {
    if (version === 'v3') {
      throw v3Error(
        'tenantNotFound',
        `These credentials are for account ${account.sid}; there is no tenant ${pathAccountSid} for them.`,
      );
    }
    throw new ApiError(
      403,
      ERROR_CODES.forbidden,
      'Forbidden',
      `These credentials are for account ${account.sid}, not ${pathAccountSid}.`,
    );
  }
}
