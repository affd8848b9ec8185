import type { CommandName, DesktopCommandName } from '../../shared/ipc';

/**
 * The Electron IPC channel of one command, the backend's or the shell's own; one channel each,
 * so each is registered by name.
 */
export function commandChannel(name: CommandName | DesktopCommandName): string {
  return `legflow:command:${name}`;
}

/** The one channel notifications travel on, main to renderer: each message an array, in order. */
export const NOTIFICATION_CHANNEL = 'legflow:notification';
