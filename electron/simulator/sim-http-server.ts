import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { handleApiRequest } from './api/api-handler';
import type { ApiDeps } from './api/api-handler';
import { parseJsonBody, readBody, sendJson } from './api/http-io';
import { browserRequestRefusal, hostRefusal } from '../net/browser-request-guard';
import { controlTokenRefusal } from './control/control-token';
import { handleControlRequest } from './control/control-routes';
import type { RecordingFiles } from './control/control-routes';
import type { SimulatorControl } from './control/control-types';
import { answerClientErrors } from '../net/client-errors';

/** What the HTTP server serves: the platform's API, and `/_sim/` for the control API. */
export interface SimHttpDeps {
  api: ApiDeps;
  control: SimulatorControl;
  recordings: RecordingFiles;
  /** Names the server answers to besides IP addresses and `localhost` (its `--host`). */
  hostNames: readonly string[];
  /** When set, `/_sim/` (but its recordings) needs `Authorization: Bearer <token>`. */
  controlToken?: string | undefined;
}

/** A listening server. */
export interface SimHttpServer {
  port: number;
  /** Stops taking connections; resolves when the last one is gone. */
  stop(): Promise<void>;
  /** Cuts the connections still open. */
  cutConnections(): void;
}

/** Starts the simulator's HTTP server on `host:port` (0: a free port). */
export async function startSimHttpServer(
  deps: SimHttpDeps,
  host: string,
  port: number,
): Promise<SimHttpServer> {
  const server = createServer((request, response) => {
    // A request being handled is work in flight: a skipping clock waits for its reply.
    const done = deps.api.clock.begin();
    response.once('close', done);
    serve(deps, request, response).catch((error: unknown) => {
      deps.api.logger.error('The simulator failed on a request', { error: String(error) });
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal error' });
      else response.destroy();
    });
  });
  answerClientErrors(server, 'json');
  const bound = await listen(server, host, port);
  return {
    port: bound,
    stop: () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      return stopped;
    },
    cutConnections: () => server.closeAllConnections(),
  };
}

async function serve(deps: SimHttpDeps, request: IncomingMessage, response: ServerResponse) {
  const url = requestUrl(request.url ?? '/');
  const bodyText = await readBody(request);
  const method = (request.method ?? 'GET').toUpperCase();
  const refusal =
    hostRefusal(request.headers.host, deps.hostNames) ??
    browserRequestRefusal(method, request.headers, (bodyText ?? 'x') !== '');
  if (refusal) {
    sendJson(response, refusal.status, { error: refusal.message });
    return;
  }
  if (url.pathname === '/_sim' || url.pathname.startsWith('/_sim/')) {
    const tokenRefusal = controlTokenRefusal(deps.controlToken, method, url, request.headers);
    if (tokenRefusal) {
      sendJson(response, 401, { error: tokenRefusal });
      return;
    }
    let body: unknown;
    try {
      body = parseJsonBody(bodyText ?? '');
    } catch {
      sendJson(response, 400, { error: 'The body is not valid JSON.' });
      return;
    }
    const reply = await handleControlRequest(deps.control, deps.recordings, method, url, body);
    if (reply.raw) {
      response.writeHead(200, {
        'content-type': reply.raw.contentType,
        'content-length': reply.raw.data.length,
      });
      response.end(reply.raw.data);
    } else sendJson(response, reply.status, reply.body);
    return;
  }
  const reply = handleApiRequest(deps.api, request, url, bodyText);
  const delay = deps.api.faults.latencyMs();
  // Only on a paced clock: a reply held back on a skipping clock would hold time still while
  // waiting for time to pass. Events still take their latency there (see EventDispatcher).
  if (delay > 0 && deps.api.clock.mode === 'paced') await deps.api.clock.delay(delay);
  sendJson(response, reply.status, reply.body, reply.headers);
}

/**
 * The request's path and query. The target is appended to a base rather than resolved against it:
 * resolving reads `//` as a URL with an empty host (which throws) and `//x/v2/…` as host `x` with
 * path `/v2/…`. Appended, they are paths that match no endpoint, and the API answers 404.
 */
function requestUrl(target: string): URL {
  const base = 'http://simulator';
  if (target.startsWith('/')) return new URL(base + target);
  // An absolute-form target (`GET http://host/path`), which HTTP/1.1 servers must accept.
  const absolute = URL.canParse(target) ? new URL(target) : undefined;
  if (absolute?.protocol === 'http:' || absolute?.protocol === 'https:') {
    return new URL(base + absolute.pathname + absolute.search);
  }
  return new URL(`${base}/${encodeURIComponent(target)}`);
}

/** The host as it goes in a URL that clients can reach. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
