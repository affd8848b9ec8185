import WebSocket from 'ws';
import type { SocketServerMessage } from '../../../shared/ipc';

/** How an attempt to open the IPC socket ended. */
export type Connection = { socket: WebSocket } | { refused: number };

/** Opens the socket as a browser page at `origin` would (browsers always send Origin). */
export function connect(url: string, origin?: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { headers: { Origin: origin } });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ refused: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Collects what the server sends, so a test can wait for a reply or a notification. */
export class Inbox {
  readonly messages: SocketServerMessage[] = [];
  private waiters: (() => void)[] = [];

  constructor(socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as SocketServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  async next(match: (message: SocketServerMessage) => boolean): Promise<SocketServerMessage> {
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  reply(id: number) {
    return this.next((message) => message.type === 'reply' && message.id === id);
  }
}

/** Resolves with the close code and reason when the server closes the socket. */
export function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}
