import { request } from 'node:http';
import type { Agent } from 'node:http';

/** A reply as it came off the socket. */
export interface Reply {
  status: number;
  type: string;
  body: Buffer;
}

/** Sends one request and resolves with its reply. */
export type Send = (
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
) => Promise<Reply>;

/**
 * Sends requests to `baseUrl` as a program would (no fetch: any method, any header, any bytes),
 * over `agent`'s connections.
 */
export function rawSender(baseUrl: string, agent: Agent): Send {
  const { port } = new URL(baseUrl);
  return (method, path, headers, body) => {
    // Node's client frames a GET's body only when told its length.
    if (body) headers = { ...headers, 'content-length': String(body.length) };
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { host: '127.0.0.1', port: Number(port), method, path, headers, agent, timeout: 10_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              type: String(response.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks),
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no reply to ${method} ${path}`)));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
}

/** An `authorization` header's value for Basic auth. */
export function basic(key: string, token: string): string {
  return `Basic ${Buffer.from(`${key}:${token}`).toString('base64')}`;
}

/** encodeURIComponent, with a lone surrogate sent as a browser sends it (U+FFFD). */
export function encode(text: string): string {
  return encodeURIComponent(text.replace(/\p{Surrogate}/gu, '\uFFFD'));
}

/** Node sends only printable ASCII in a path; encode the rest as a browser would. */
export function wirePath(path: string): string {
  return path.replace(/[^\x21-\x7e]/gu, encode);
}
