import { socketServerMessageSchema } from '../../shared/ipc';
import type { SocketRequest, WireResult } from '../../shared/ipc';
import type { Carrier } from './carrier';

/** The part of the browser's WebSocket the carrier uses, so tests can hand in a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'message', listener: (event: unknown) => void): void;
}

const OPEN = 1;

/**
 * The browser-mode carrier: one WebSocket to the server the page came from. It connects on the
 * first command and again on the next command after the connection drops; commands waiting on
 * a dropped connection resolve as `disconnected` failures carrying `offlineMessage`.
 */
export function createSocketCarrier(
  url: string,
  options: { offlineMessage: string; open?: (url: string) => SocketLike },
): Carrier & { close(): void } {
  const open = options.open ?? ((address: string) => new WebSocket(address) as SocketLike);
  const pending = new Map<number, (result: WireResult) => void>();
  const listeners = new Set<(notification: unknown) => void>();
  let connection: Promise<SocketLike | null> | null = null;
  let nextId = 1;

  const offline: WireResult = {
    ok: false,
    error: { code: 'disconnected', message: options.offlineMessage },
  };

  const connect = (): Promise<SocketLike | null> =>
    (connection ??= new Promise((settle) => {
      const socket = open(url);
      socket.addEventListener('open', () => settle(socket));
      socket.addEventListener('close', () => {
        connection = null;
        settle(null);
        for (const resolve of pending.values()) resolve(offline);
        pending.clear();
      });
      socket.addEventListener('message', (event) => receive((event as { data: unknown }).data));
    }));

  const receive = (data: unknown) => {
    if (typeof data !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    const message = socketServerMessageSchema.safeParse(parsed);
    if (!message.success) return;
    if (message.data.type === 'notification' || message.data.type === 'notifications') {
      const notifications =
        message.data.type === 'notification'
          ? [message.data.notification]
          : message.data.notifications;
      for (const notification of notifications) {
        for (const listener of [...listeners]) listener(notification);
      }
      return;
    }
    pending.get(message.data.id)?.(message.data.result);
    pending.delete(message.data.id);
  };

  return {
    async send(command, payload) {
      const socket = await connect();
      if (!socket || socket.readyState !== OPEN) return offline;
      const id = nextId++;
      const request: SocketRequest = { type: 'request', id, command, payload };
      return new Promise<WireResult>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify(request));
      });
    },
    onNotification(listener) {
      listeners.add(listener);
      // Notifications only arrive on an open socket; open one even before the first command.
      void connect();
      return () => void listeners.delete(listener);
    },
    close() {
      void connection?.then((socket) => socket?.close());
    },
  };
}
