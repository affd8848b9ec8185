import { DESKTOP_COMMANDS, IpcError } from '../../shared/ipc';
import type { DesktopBridge, DesktopCommandName } from '../../shared/ipc';
import { commandCaller } from '../ipc/backend-client';
import { isDesktopBridge } from '../ipc/desktop-carrier';

/** Where to save, as the system's Save dialog answered. */
export interface SaveTarget {
  path: string;
  /** The dialog already asked about replacing an existing file, and the answer was yes. */
  replaceConfirmed: boolean;
}

/**
 * What the desktop app's main process does for its window that a web page cannot: the system's
 * file dialogs, and the files the system asked the app to open. Absent in browser mode.
 */
export interface DesktopShell {
  /** The system's Open dialog; the chosen file's path, or null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** The system's Save dialog, starting at `suggestedName`; null when cancelled. */
  chooseFileToSave(suggestedName: string): Promise<SaveTarget | null>;
  /** The flow file the system asked the app to open, if one waits (taken once). */
  takeFileToOpen(): Promise<string | null>;
}

/**
 * The shell over the preload's `legflow.desktop` functions. Each reply is parsed with the
 * contract's schema by the backend client's own caller; a failure becomes an IpcError.
 */
export function createDesktopShell(bridge: DesktopBridge): DesktopShell {
  const send = async (name: DesktopCommandName, request: unknown): Promise<unknown> => {
    const verb = name.slice(name.indexOf('.') + 1) as keyof DesktopBridge['desktop'];
    const invoke = (bridge.desktop as Partial<DesktopBridge['desktop']> | undefined)?.[verb];
    if (!invoke)
      throw new IpcError('unknown-command', `This desktop app has no ${name}; update it.`);
    try {
      return await invoke(request);
    } catch (error) {
      // Only when the main process has no handler or went away; handlers never reject.
      const reason = error instanceof Error ? error.message : String(error);
      throw new IpcError('disconnected', `The desktop app did not answer ${name}: ${reason}`);
    }
  };
  const call = commandCaller(DESKTOP_COMMANDS, send, 'The desktop app');

  return {
    chooseFileToOpen: async () => (await call('desktop.chooseFileToOpen')).path,
    async chooseFileToSave(suggestedName) {
      const { path, replaceConfirmed } = await call('desktop.chooseFileToSave', { suggestedName });
      return path === null ? null : { path, replaceConfirmed };
    },
    takeFileToOpen: async () => (await call('desktop.takeFileToOpen')).path,
  };
}

/** This window's desktop shell, or null when the page runs in a browser. */
export function connectDesktopShell(scope: object = globalThis): DesktopShell | null {
  const bridge = (scope as { legflow?: unknown }).legflow;
  return isDesktopBridge(bridge) ? createDesktopShell(bridge) : null;
}
