import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { socketRequestSchema } from '../../shared/ipc';
import type { SocketServerMessage, WireNotification } from '../../shared/ipc';
import type { Backend } from '../backend';
import { checkUpgrade } from './upgrade-guard';

/** Enough for a flow of many thousand nodes; more is a bug or an attack. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** Close codes the client sees (RFC 6455): refused data, and a message that breaks the rules. */
const UNSUPPORTED_DATA = 1003;
const POLICY_VIOLATION = 1008;

export interface IpcSocketOptions {
  backend: Pick<Backend, 'dispatch' | 'subscribe'>;
  /** The server's own origin, `http://127.0.0.1:5173`: the only one allowed to connect. */
  origin: string;
  token: string;
}

/**
 * Carries shared/ipc.ts over a WebSocket on the browser-mode server: requests in, replies
 * (matched by the request's id) and notifications out. Connections are checked before the
 * upgrade (`checkUpgrade`); a message that is not a request envelope closes the connection,
 * a request whose payload is wrong gets a `bad-request` reply from the backend.
 */
export function attachIpcSocket(server: Server, options: IpcSocketOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const verdict = checkUpgrade(request, options);
    if (!verdict.ok) return refuse(socket, verdict.status, verdict.reason);
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws, options.backend));
  };
  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}

function serve(ws: WebSocket, backend: IpcSocketOptions['backend']): void {
  const write = (message: SocketServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  // What one turn of the backend raises (an event's run updates: the event, the node left, the
  // node entered) goes out as one message, so the page applies it at once rather than half now
  // and the rest a frame later (tests/bench/glow-latency).
  let raised: WireNotification[] = [];
  const flush = () => {
    if (raised.length === 0) return;
    const notifications = raised;
    raised = [];
    write(
      notifications.length === 1
        ? { type: 'notification', notification: notifications[0]! }
        : { type: 'notifications', notifications },
    );
  };
  /** Replies go after the notifications raised before them, as they happened. */
  const send = (message: SocketServerMessage) => {
    flush();
    write(message);
  };
  const unsubscribe = backend.subscribe((notification) => {
    if (raised.push(notification) === 1) setImmediate(flush);
  });
  ws.on('close', unsubscribe);
  // A connection reset is the client's business; it must not take the server down.
  ws.on('error', () => ws.terminate());
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) return ws.close(UNSUPPORTED_DATA, 'Text messages only');
    const request = socketRequestSchema.safeParse(parseJson(textOf(data)));
    if (!request.success) return ws.close(POLICY_VIOLATION, 'Malformed message');
    const { id, command, payload } = request.data;
    void backend.dispatch(command, payload).then((result) => send({ type: 'reply', id, result }));
  });
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const title = status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}
