import type { IncomingHttpHeaders } from 'node:http';
import { sameSecret } from '../../net/same-secret';

/**
 * Why a control request lacks the token, or undefined when it may go on. Inside the app the
 * simulator drives the user's running flow, and every program on the machine can reach
 * 127.0.0.1: only the app, which holds the token, may place calls or press keys there.
 * Recordings stay open, because a flow hands their URLs to whoever it likes.
 */
export function controlTokenRefusal(
  token: string | undefined,
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
): string | undefined {
  if (token === undefined) return undefined;
  if ((method === 'GET' || method === 'HEAD') && url.pathname.startsWith('/_sim/recordings/')) {
    return undefined;
  }
  const given = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if (given !== undefined && sameSecret(given, token)) return undefined;
  return 'This simulator belongs to a running Legflow Studio: its control API needs the app’s token (Authorization: Bearer …).';
}
