import { isIP } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';

/** Why a request is refused: the status to answer and a sentence that says what to do. */
export interface Refusal {
  status: 400 | 403 | 415;
  message: string;
}

/**
 * Content types a web page may send to any address without a CORS preflight. A body in one of
 * these could come from a page on another site, so servers on 127.0.0.1 must not act on it.
 */
const SIMPLE_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
] as const;

/**
 * Refuses what a web page in the user's browser could send to a local server, cross-site and
 * without a preflight: any request that names an `Origin` (browsers always send one with a POST,
 * PUT or DELETE, and programs such as the Legs API client never do), and a body that is not
 * declared JSON (a page cannot declare that without a preflight this server never answers).
 */
export function browserRequestRefusal(
  method: string,
  headers: IncomingHttpHeaders,
  hasBody: boolean,
): Refusal | undefined {
  const fromPage = originRefusal(headers);
  if (fromPage) return fromPage;
  if (method === 'GET' || method === 'HEAD') return undefined;
  const type = mediaType(headers['content-type']);
  const simple = SIMPLE_CONTENT_TYPES.some((candidate) => candidate === type);
  if (simple || (hasBody && !isJsonType(type))) {
    return {
      status: 415,
      message: `Send the body as JSON, with Content-Type: application/json${type ? ` (not ${printable(type)})` : ''}.`,
    };
  }
  return undefined;
}

/** Refuses a request that names an `Origin`: it came from a web page, which no client here is. */
export function originRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  return {
    status: 403,
    message: `Requests from web pages are refused (Origin ${printable(origin)}): a page on another site must not drive this server.`,
  };
}

/**
 * Refuses a `Host` that is a name this server was not started under. A page on a site whose name
 * is made to resolve to 127.0.0.1 (DNS rebinding) sends its own name here; IP literals,
 * `localhost` and the names the server was given are what a program or the user would type.
 */
export function hostRefusal(
  hostHeader: string | undefined,
  knownNames: readonly string[] = [],
): Refusal | undefined {
  if (hostHeader === undefined || hostHeader === '') {
    return { status: 400, message: 'The request has no Host header.' };
  }
  const name = hostName(hostHeader);
  if (name === undefined) {
    return { status: 400, message: `The Host header ${printable(hostHeader)} is not a host.` };
  }
  const known = knownNames.map((known) => known.toLowerCase());
  if (isIP(name) !== 0 || name === 'localhost' || known.includes(name)) return undefined;
  return {
    status: 403,
    message: `Host ${printable(name)} is not a name of this server: use its address, such as 127.0.0.1.`,
  };
}

/** The host part of a `Host` header, lower case, without the port or an IPv6 literal's brackets. */
function hostName(header: string): string | undefined {
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(header);
  if (bracketed) return bracketed[1]!.toLowerCase();
  const plain = /^([A-Za-z0-9.-]+)(?::\d{1,5})?$/.exec(header);
  return plain ? plain[1]!.toLowerCase() : undefined;
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** A header value fit to quote back: printable ASCII only, and short. */
function printable(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 80 ? `${clean.slice(0, 80)}…` : clean);
}
