import type { CommandName } from '../../shared/ipc';

/** The Electron IPC channel of one command; one channel each, so each is registered by name. */
export function commandChannel(name: CommandName): string {
  return `legflow:command:${name}`;
}

/** The one channel notifications travel on, main to renderer. */
export const NOTIFICATION_CHANNEL = 'legflow:notification';
