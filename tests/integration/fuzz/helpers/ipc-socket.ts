import WebSocket from 'ws';
import type { WebServer } from '../../../../electron/web/web-server';

/**
 * Whether a frame is a request envelope as shared/ipc/wire.ts describes it, written out here so
 * the test does not take the carrier's word for it.
 */
export function isEnvelope(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { type, id, command, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest).filter((key) => key !== 'payload');
  return (
    type === 'request' &&
    Number.isSafeInteger(id) &&
    (id as number) >= 0 &&
    typeof command === 'string' &&
    command.length >= 1 &&
    command.length <= 100 &&
    extra.length === 0
  );
}

/** Opens the socket to `server` as the app's own page does. */
export function openSocket(server: WebServer, token: string): Promise<WebSocket> {
  const origin = new URL(server.url).origin;
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ipc?token=${token}`, {
    headers: { Origin: origin },
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The next reply on `socket`, or its close, whichever comes first. */
export function nextReply(socket: WebSocket): Promise<{ message: unknown } | { closed: number }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string };
      // Notifications (a run's updates) come and go; the test waits for its reply or the close.
      if (message.type !== 'reply') return;
      socket.off('close', onClose);
      socket.off('message', onMessage);
      resolve({ message });
    };
    const onClose = (code: number) => {
      socket.off('message', onMessage);
      resolve({ closed: code });
    };
    socket.on('message', onMessage);
    socket.once('close', onClose);
  });
}
