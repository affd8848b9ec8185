import { z } from 'zod';
import { ipcFailureSchema } from './ipc-error';

/**
 * The envelopes both carriers move. A command's result is never a thrown error on the wire
 * (Electron rewrites rejected `invoke` messages, a socket cannot throw), always one of these.
 */
export const wireResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ipcFailureSchema }),
]);

export type WireResult = z.infer<typeof wireResultSchema>;

/** A notification as it travels; its payload is parsed by the receiver with the contract. */
export const wireNotificationSchema = z.object({ name: z.string(), payload: z.unknown() });

export type WireNotification = z.infer<typeof wireNotificationSchema>;

/** Correlates a reply with its request on a socket; a client numbers its requests itself. */
const requestIdSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** What a browser sends over the socket. Unknown keys are refused, not ignored. */
export const socketRequestSchema = z.strictObject({
  type: z.literal('request'),
  id: requestIdSchema,
  command: z.string().min(1).max(100),
  payload: z.unknown().optional(),
});

export type SocketRequest = z.infer<typeof socketRequestSchema>;

/** What the backend sends over the socket. */
export const socketServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), id: requestIdSchema, result: wireResultSchema }),
  z.object({ type: z.literal('notification'), notification: wireNotificationSchema }),
  /** Notifications raised in one turn of the backend (one event's run updates), in order. */
  z.object({
    type: z.literal('notifications'),
    notifications: z.array(wireNotificationSchema).max(100_000),
  }),
]);

export type SocketServerMessage = z.infer<typeof socketServerMessageSchema>;

/** The path of the WebSocket on the browser-mode server, and its query parameter. */
export const IPC_SOCKET_PATH = '/ipc';
export const IPC_TOKEN_PARAM = 'token';
