import {
  COMMANDS,
  IpcError,
  NOTIFICATIONS,
  groupByNamespace,
  wireNotificationSchema,
  wireResultSchema,
} from '../../shared/ipc';
import type {
  BackendApi,
  CommandName,
  NotificationName,
  NotificationPayload,
} from '../../shared/ipc';
import type { Carrier } from './carrier';

/** The backend as the UI uses it: the contract's commands, plus notifications. */
export type BackendClient = BackendApi & {
  /** Calls `listener` with each `name` notification's parsed payload; returns unsubscribe. */
  on<N extends NotificationName>(
    name: N,
    listener: (payload: NotificationPayload<N>) => void,
  ): () => void;
};

/**
 * Builds the typed client over a carrier: `client.files.open({ path })` resolves with the
 * reply parsed by the contract's schema, or rejects with an IpcError (a failure the backend
 * reported, a dropped connection, or a reply of the wrong shape).
 */
export function createBackendClient(
  carrier: Carrier,
  warn: (message: string) => void = (message) => console.warn(message),
): BackendClient {
  const call = (name: CommandName) => async (request?: unknown) => {
    const result = wireResultSchema.safeParse(await carrier.send(name, request));
    if (!result.success) {
      throw new IpcError('internal', `Legflow's backend answered ${name} with a malformed reply.`);
    }
    if (!result.data.ok) throw IpcError.fromFailure(result.data.error);
    const reply = COMMANDS[name].reply.safeParse(result.data.value);
    if (!reply.success) {
      throw new IpcError('internal', `Legflow's backend answered ${name} with the wrong shape.`);
    }
    return reply.data;
  };
  const api = groupByNamespace(call) as unknown as BackendApi;
  return {
    ...api,
    on(name, listener) {
      return carrier.onNotification((raw) => {
        const notification = wireNotificationSchema.safeParse(raw);
        if (!notification.success || notification.data.name !== name) return;
        const payload = NOTIFICATIONS[name].safeParse(notification.data.payload);
        if (payload.success) listener(payload.data as NotificationPayload<typeof name>);
        else warn(`Ignored a malformed ${name} notification from the backend.`);
      });
    },
  };
}
