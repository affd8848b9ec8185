import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { IPC_TOKEN_PARAM } from '../../shared/ipc';
import type { Backend } from '../backend';
import { contentTypeFor } from './content-types';
import { attachIpcSocket } from './ipc-socket';
import { createAccessToken } from './upgrade-guard';
import { hostRefusal } from '../net/browser-request-guard';
import { explainBindError } from '../net/port-in-use';
import { contentSecurityPolicy } from './content-security-policy';
import { answerClientErrors } from '../net/client-errors';

export { PortInUseError } from '../net/port-in-use';

/** Sent with every reply: no sniffing a script out of a text file, and no framing by other sites. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/** Where and what the browser-mode server serves. */
export interface WebServerOptions {
  /** Interface to bind; loopback by default so the app is not exposed to the network. */
  host?: string;
  /** Port to bind; 0 (the default) lets the operating system pick a free one. */
  port?: number;
  /** The built renderer, e.g. `dist/renderer`. */
  rootDir: string;
  /** The backend to carry over the `/ipc` WebSocket; without one the server is static only. */
  backend?: Pick<Backend, 'dispatch' | 'subscribe'>;
  /** The access token the socket requires; a fresh random one by default (tests pass one). */
  token?: string;
}

/** A running browser-mode server. */
export interface WebServer {
  /** The server's address, e.g. `http://127.0.0.1:5174/`. */
  url: string;
  /** The address to give the user: `url` with the access token, when a backend is attached. */
  openUrl: string;
  port: number;
  /** Stops listening and drops open keep-alive connections. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Serves the built renderer over plain HTTP for browser mode: `/` is `index.html`, other paths
 * map to files under `rootDir` and nothing outside it, anything missing is a 404. With a
 * backend, the `/ipc` WebSocket carries shared/ipc.ts to it for pages of this server that
 * know the access token.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  if (options.token !== undefined && options.token.length < 16) {
    // A short secret could be guessed by a page trying tokens against the socket.
    throw new Error('The access token must be at least 16 characters long.');
  }
  const root = await realpath(resolve(options.rootDir));
  const server = createServer((request, response) => {
    const refusal = hostRefusal(request.headers.host, [host]);
    if (refusal) return sendText(response, refusal.status, refusal.message);
    serveFile(root, request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal server error');
      else response.destroy();
    });
  });
  answerClientErrors(server, 'text');
  await listen(server, host, options.port ?? 0);

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}/`;
  const token = options.backend ? (options.token ?? createAccessToken()) : undefined;
  const socket =
    options.backend && token !== undefined
      ? attachIpcSocket(server, { backend: options.backend, origin: new URL(url).origin, token })
      : undefined;
  let closing: Promise<void> | undefined;
  return {
    url,
    openUrl: token !== undefined ? `${url}?${IPC_TOKEN_PARAM}=${encodeURIComponent(token)}` : url,
    port,
    close() {
      closing ??= new Promise<void>((done, fail) => {
        socket?.close();
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function listen(server: Server, host: string, port: number): Promise<void> {
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen({ host, port }, () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (error) {
    throw await explainBindError(
      error as Error,
      host,
      port,
      'Start it with --port to pick another.',
    );
  }
}

async function serveFile(root: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed');
  }
  const relative = requestedPath(request.url ?? '/');
  if (relative === null) return sendText(response, 400, 'Bad request');
  const file = await resolveInside(root, relative === '/' ? '/index.html' : relative);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return sendText(response, 404, 'Not found');

  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The decoded path of a request URL, or null when it cannot be decoded safely. */
function requestedPath(rawUrl: string): string | null {
  try {
    const decoded = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * The real path of `relative` under `root`, or null if it escapes the root, through `..`
 * (including encoded or backslashed forms) or through a symbolic link, or does not exist.
 */
async function resolveInside(root: string, relative: string): Promise<string | null> {
  const inside = (path: string) => path === root || path.startsWith(root + sep);
  const candidate = resolve(root, '.' + relative.replaceAll('\\', '/'));
  if (!inside(candidate)) return null;
  const real = await realpath(candidate).catch(() => null);
  return real && inside(real) ? real : null;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...SECURITY_HEADERS,
  });
  response.end(text);
}
