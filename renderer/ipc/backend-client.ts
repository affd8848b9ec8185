import type { z } from 'zod';
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
  CommandSpec,
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

/** Commands by name, each with its schemas: the contract's COMMANDS, the shell's own... */
type CommandSpecs = Readonly<Record<string, CommandSpec>>;

/**
 * Calls the commands of `specs` over `send` (which resolves with the unparsed wire result) and
 * parses what comes back: the envelope, then the reply with the command's schema. Rejects with
 * an IpcError: the failure `answerer` reported, or a reply of the wrong shape.
 */
export function commandCaller<Specs extends CommandSpecs>(
  specs: Specs,
  send: (name: keyof Specs & string, request: unknown) => Promise<unknown>,
  /** Who answers, as errors name it: "Legflow's backend", "The desktop app". */
  answerer: string,
) {
  return async <N extends keyof Specs & string>(
    name: N,
    request?: z.input<Specs[N]['request']>,
  ): Promise<z.output<Specs[N]['reply']>> => {
    const result = wireResultSchema.safeParse(await send(name, request));
    if (!result.success) {
      throw new IpcError('internal', `${answerer} answered ${name} with a malformed reply.`);
    }
    if (!result.data.ok) throw IpcError.fromFailure(result.data.error);
    const reply = specs[name]?.reply.safeParse(result.data.value);
    if (!reply?.success) {
      throw new IpcError('internal', `${answerer} answered ${name} with the wrong shape.`);
    }
    return reply.data as z.output<Specs[N]['reply']>;
  };
}

/**
 * Builds the typed client over a carrier: `client.files.open({ path })` resolves with the
 * reply parsed by the contract's schema, or rejects with an IpcError (a failure the backend
 * reported, a dropped connection, or a reply of the wrong shape).
 */
export function createBackendClient(
  carrier: Carrier,
  warn: (message: string) => void = (message) => console.warn(message),
): BackendClient {
  const call = commandCaller(
    COMMANDS,
    (name, request) => carrier.send(name, request),
    "Legflow's backend",
  );
  const api = groupByNamespace((name) => (request?: unknown) => call(name, request as never));
  return {
    ...(api as unknown as BackendApi),
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
