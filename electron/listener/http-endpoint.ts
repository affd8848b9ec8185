import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { hasBasicAuth } from './basic-auth';
import type { BasicAuthCredentials } from './basic-auth';
import type { EventIntake } from './event-intake';
import type { ListenerLogger } from './listener-logger';
import { originRefusal } from '../net/browser-request-guard';
import { answerClientErrors } from '../net/client-errors';
import { explainBindError, LISTENER_PORT_ADVICE } from '../net/port-in-use';
import { nestingProblem } from './nesting-limit';
import type { TlsMaterial } from './tls-files';

/** Where and how the HTTP(S) endpoint listens. */
export interface HttpEndpointOptions {
  host: string;
  port: number;
  tls?: TlsMaterial;
  basicAuth?: BasicAuthCredentials;
  maxBodyBytes: number;
  shutdownTimeoutMs: number;
  logger: ListenerLogger;
}

/** A listening HTTP(S) endpoint. */
export interface HttpEndpoint {
  port: number;
  /** The URL to give the platform, e.g. `https://127.0.0.1:9002/`. */
  url: string;
  /** Stops listening, lets requests in progress finish, then drops what is left. */
  close(): Promise<void>;
}

/**
 * The HTTPS alternative to gRPC (reference/legs-api.md, "How events are delivered"): a JSON POST
 * per event, to any path, since the path is whatever the user configured on the platform. Any
 * 2xx acknowledges; a repeat is acknowledged too, or the platform would retry it.
 */
export async function startHttpEndpoint(
  options: HttpEndpointOptions,
  intake: EventIntake,
): Promise<HttpEndpoint> {
  const onRequest = (request: IncomingMessage, response: ServerResponse) =>
    handle(request, response, options, intake).catch((error: unknown) => {
      options.logger.error('The event endpoint failed on a request', { error: String(error) });
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal error' });
      else response.destroy();
    });
  const { tls } = options;
  const server: Server = tls
    ? createTlsServer(
        tls.clientCa
          ? { cert: tls.cert, key: tls.key, ca: tls.clientCa, requestCert: true }
          : { cert: tls.cert, key: tls.key },
        onRequest,
      )
    : createServer(onRequest);
  answerClientErrors(server, 'json');
  try {
    await listen(server, options.host, options.port);
  } catch (error) {
    throw await explainBindError(error as Error, options.host, options.port, LISTENER_PORT_ADVICE);
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `${tls ? 'https' : 'http'}://${host}:${port}/`,
    close: () => (closing ??= shutDown(server, options.shutdownTimeoutMs)),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpEndpointOptions,
  intake: EventIntake,
): Promise<void> {
  // The platform never names an Origin; a web page on another site always does.
  const refusal = originRefusal(request.headers);
  if (refusal) {
    sendJson(response, refusal.status, { error: refusal.message });
    return;
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendJson(response, 405, { error: 'Events are delivered with POST.' });
    return;
  }
  if (options.basicAuth && !hasBasicAuth(request.headers.authorization, options.basicAuth)) {
    response.setHeader('WWW-Authenticate', 'Basic realm="legflow-events"');
    sendJson(response, 401, { error: 'Wrong or missing Basic auth credentials.' });
    return;
  }
  const text = await readBody(request, options.maxBodyBytes);
  if (text === undefined) {
    response.setHeader('Connection', 'close');
    sendJson(response, 413, { error: `The body is over ${options.maxBodyBytes} bytes.` });
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    sendJson(response, 400, { error: `Malformed event: the body is not JSON (${String(error)})` });
    return;
  }
  const tooDeep = nestingProblem(body);
  if (tooDeep) {
    sendJson(response, 400, { error: tooDeep });
    return;
  }
  const headerSid = request.headers['x-exotel-event-sid'];
  if (typeof headerSid === 'string' && isRecord(body) && body.event_sid !== headerSid) {
    if (body.event_sid !== undefined) {
      const error = `Malformed event: X-Exotel-Event-Sid ${headerSid} differs from the body's event_sid.`;
      sendJson(response, 400, { error });
      return;
    }
    body = { ...body, event_sid: headerSid };
  }
  const requestId = request.headers['x-exotel-request-id'];
  const outcome = intake.accept(body, {
    via: 'http',
    ...(typeof requestId === 'string' ? { requestId } : {}),
  });
  if (outcome.kind === 'invalid') {
    sendJson(response, 400, { error: outcome.message });
    return;
  }
  sendJson(response, 200, {
    received: true,
    event_sid: outcome.eventSid,
    duplicate: outcome.kind === 'duplicate',
  });
}

/** The body as text, or undefined when it is larger than `limit` bytes (the rest is discarded). */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(request.headers['content-length'] ?? 0) > limit;
    if (tooLarge) resolve(undefined);
    // Keep reading past the limit without keeping anything: destroying the request would take
    // the socket, and the 413 answer with it.
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, statusCode: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(statusCode, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function shutDown(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
