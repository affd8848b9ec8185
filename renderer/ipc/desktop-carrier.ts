import type { DesktopBridge } from '../../shared/ipc';
import type { Carrier } from './carrier';

/** Whether `value` is what the desktop app's preload exposes as `window.legflow`. */
export function isDesktopBridge(value: unknown): value is DesktopBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { platform?: unknown }).platform === 'electron' &&
    typeof (value as { onNotification?: unknown }).onNotification === 'function'
  );
}

/** The desktop carrier: the preload's `legflow.<namespace>.<verb>()` functions. */
export function createDesktopCarrier(bridge: DesktopBridge): Carrier {
  const lookup = bridge as unknown as Record<string, Record<string, (request: unknown) => unknown>>;
  return {
    async send(command, payload) {
      const dot = command.indexOf('.');
      const invoke = lookup[command.slice(0, dot)]?.[command.slice(dot + 1)];
      if (!invoke) {
        return {
          ok: false,
          error: {
            code: 'unknown-command',
            message: `This desktop app has no command "${command}"; update it.`,
          },
        };
      }
      try {
        return await invoke(payload);
      } catch (error) {
        // Only when the main process has no handler or went away; handlers never reject.
        const message = `The desktop app did not answer ${command}: ${(error as Error).message}`;
        return { ok: false, error: { code: 'disconnected', message } };
      }
    },
    onNotification: (listener) => bridge.onNotification(listener),
  };
}
