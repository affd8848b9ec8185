import { timingSafeEqual } from 'node:crypto';
import { ApiError, ERROR_CODES } from './api-errors';

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

/**
 * Checks a request's Basic auth against the account and the sid in its path: 401 for missing or
 * wrong credentials, 403 for the right credentials on another account's sid.
 */
export function checkAuth(
  authorization: string | undefined,
  pathAccountSid: string,
  account: SimAccount,
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
    throw new ApiError(
      403,
      ERROR_CODES.forbidden,
      'Forbidden',
      `These credentials are for account ${account.sid}, not ${pathAccountSid}.`,
    );
  }
}
