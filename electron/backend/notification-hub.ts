import type { NotificationName, NotificationPayload, WireNotification } from '../../shared/ipc';

/** Fans the backend's notifications out to every connected UI (windows, browser tabs). */
export interface NotificationHub {
  emit<N extends NotificationName>(name: N, payload: NotificationPayload<N>): void;
  /** Calls `listener` with every notification from now on; returns the unsubscribe function. */
  subscribe(listener: (notification: WireNotification) => void): () => void;
}

export function createNotificationHub(
  onListenerError: (error: unknown) => void = () => undefined,
): NotificationHub {
  const listeners = new Set<(notification: WireNotification) => void>();
  return {
    emit(name, payload) {
      for (const listener of [...listeners]) {
        // One broken connection must not keep the others from hearing about it.
        try {
          listener({ name, payload });
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
