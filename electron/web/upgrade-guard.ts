import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { IPC_SOCKET_PATH, IPC_TOKEN_PARAM } from '../../shared/ipc';
import { sameSecret } from '../net/same-secret';

/**
 * A fresh secret for one start of the server. Browsers let any page open a WebSocket to
 * 127.0.0.1; only the page opened from the printed URL knows this.
 */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a WebSocket upgrade may proceed, and if not, the HTTP status and why. */
export type UpgradeVerdict = { ok: true } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Decides whether a request may open the IPC socket: it must ask for the IPC path, come from a
 * page of this server (its `Origin` is exactly the server's own origin, which a page elsewhere
 * cannot fake), and carry this start's token. Any one missing is refused.
 */
export function checkUpgrade(
  request: { url?: string | undefined; headers: IncomingHttpHeaders },
  expected: { origin: string; token: string },
): UpgradeVerdict {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', expected.origin);
  } catch {
    return { ok: false, status: 400, reason: 'Bad request' };
  }
  if (url.pathname !== IPC_SOCKET_PATH) return { ok: false, status: 404, reason: 'Not found' };
  if (request.headers.origin !== expected.origin) {
    return { ok: false, status: 403, reason: 'This page may not use Legflow Studio.' };
  }
  const token = url.searchParams.get(IPC_TOKEN_PARAM);
  if (token === null || !sameSecret(token, expected.token)) {
    return {
      ok: false,
      status: 403,
      reason: 'Missing or wrong access token: open the address `legflow web` printed.',
    };
  }
  return { ok: true };
}
