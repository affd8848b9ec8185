// Main-process side of the desktop carrier. Only types come from Electron, so this runs (and is
// unit-tested) without an Electron binary; main.ts hands it the real ipcMain and windows.
import type { IpcMainInvokeEvent } from 'electron';
import { COMMAND_NAMES, DESKTOP_COMMANDS, DESKTOP_COMMAND_NAMES, IpcError } from '../../shared/ipc';
import type {
  CommandName,
  DesktopCommandName,
  WireNotification,
  WireResult,
} from '../../shared/ipc';
import type { Backend } from '../backend';
import { dispatchTo } from '../backend/dispatch';
import type { DesktopHandlers } from './desktop-commands';
import { NOTIFICATION_CHANNEL, commandChannel } from './ipc-channels';

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender'> & {
  senderFrame: { url: string } | null;
};

/** The parts of `ipcMain` used here. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: SenderEvent, payload: unknown) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/** A window's web contents, as far as notifications need it. */
export interface NotificationTarget {
  isDestroyed(): boolean;
  send(channel: string, notifications: WireNotification[]): void;
}

export interface IpcRegistration {
  ipcMain: IpcMainLike;
  backend: Pick<Backend, 'dispatch' | 'subscribe'>;
  /** The shell's own commands (file dialogs, files to open), answered in the main process. */
  desktop: DesktopHandlers;
  /** Where a shell command's unexpected failure is reported. */
  reportBug?: (command: string, error: unknown) => void;
  /** Whether an event comes from one of the app's own windows showing the app's own page. */
  isAppSender(event: SenderEvent): boolean;
  /** The windows notifications go to. */
  targets(): Iterable<NotificationTarget>;
}

/**
 * The one wrapper every command handler goes through: a sender that is not one of the app's
 * windows is refused before anything else runs; `run` then parses the payload with the
 * command's schema (the backend's dispatch, or the shell's). Replies are wire results, never
 * rejections.
 */
export function guardedHandler(
  command: CommandName | DesktopCommandName,
  isAppSender: IpcRegistration['isAppSender'],
  run: (payload: unknown, event: SenderEvent) => Promise<WireResult>,
): (event: SenderEvent, payload: unknown) => Promise<WireResult> {
  return async (event, payload) => {
    if (!isAppSender(event)) {
      return {
        ok: false,
        error: new IpcError('forbidden', `${command} may only be called by the app.`).toFailure(),
      };
    }
    return run(payload, event);
  };
}

/**
 * Registers a handler for every command of the contract and of the shell, and forwards every
 * notification to the app's windows. Returns the function that undoes both.
 */
export function registerIpc(registration: IpcRegistration): () => void {
  const { ipcMain, backend, desktop, isAppSender } = registration;
  // The shell's commands are run the way the backend runs its own, against their own schemas.
  const shellCommands = {
    answerer: 'The desktop app',
    specs: DESKTOP_COMMANDS,
    handlers: desktop,
    reportBug: registration.reportBug ?? (() => undefined),
  };
  // What one turn of the backend raises (an event's run updates) travels as one message, so the
  // window applies it at once rather than half now and the rest a frame later.
  let raised: WireNotification[] = [];
  const flush = () => {
    if (raised.length === 0) return;
    const notifications = raised;
    raised = [];
    for (const target of registration.targets()) {
      if (!target.isDestroyed()) target.send(NOTIFICATION_CHANNEL, notifications);
    }
  };
  for (const command of COMMAND_NAMES) {
    // A reply goes after the notifications raised before it, as they happened.
    const run = async (payload: unknown) => {
      const result = await backend.dispatch(command, payload);
      flush();
      return result;
    };
    ipcMain.handle(commandChannel(command), guardedHandler(command, isAppSender, run));
  }
  for (const command of DESKTOP_COMMAND_NAMES) {
    const run = (payload: unknown, event: SenderEvent) =>
      dispatchTo(shellCommands, command, payload, event);
    ipcMain.handle(commandChannel(command), guardedHandler(command, isAppSender, run));
  }
  const unsubscribe = backend.subscribe((notification) => {
    if (raised.push(notification) === 1) setImmediate(flush);
  });
  return () => {
    unsubscribe();
    raised = [];
    for (const command of [...COMMAND_NAMES, ...DESKTOP_COMMAND_NAMES])
      ipcMain.removeHandler(commandChannel(command));
  };
}

/**
 * The sender check main.ts uses: the event's web contents belongs to one of `windows`, and its
 * frame shows `appUrl` (the renderer's index.html), not some page it was navigated to.
 */
export function appSenderCheck(
  windows: () => Iterable<{ webContents: unknown }>,
  appUrl: string,
): (event: SenderEvent) => boolean {
  return (event) => {
    const frameUrl = event.senderFrame?.url.split(/[?#]/)[0];
    if (frameUrl !== appUrl) return false;
    for (const window of windows()) if (window.webContents === event.sender) return true;
    return false;
  };
}
