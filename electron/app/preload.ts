// Runs sandboxed before the renderer. It exposes a small, domain-shaped object built from the
// contract in shared/ipc.ts (`legflow.files.open(request)`) and never ipcRenderer itself; the
// renderer's client parses every result with the contract's schemas.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { DESKTOP_COMMAND_NAMES, groupByNamespace } from '../../shared/ipc';
import type {
  CommandName,
  DesktopBridge,
  DesktopCommandName,
  WireNotification,
  WireResult,
} from '../../shared/ipc';
import { NOTIFICATION_CHANNEL, commandChannel } from './ipc-channels';

const VERSION_FLAG = '--legflow-version=';

const invoker = (name: CommandName | DesktopCommandName) => (request: unknown) =>
  ipcRenderer.invoke(commandChannel(name), request) as Promise<WireResult>;

const commands = groupByNamespace(invoker);

/** The shell's own commands, `legflow.desktop.chooseFileToOpen()` and the like. */
const desktop = Object.fromEntries(
  DESKTOP_COMMAND_NAMES.map((name) => [name.slice('desktop.'.length), invoker(name)]),
);

const api = {
  ...commands,
  desktop,
  platform: 'electron',
  version:
    process.argv.find((arg) => arg.startsWith(VERSION_FLAG))?.slice(VERSION_FLAG.length) ?? '',
  onNotification(listener: (notification: WireNotification) => void) {
    // The renderer never sees the event object (it would expose `sender`, i.e. ipcRenderer).
    // One message carries what one turn of the backend raised, in order.
    const forward = (_event: IpcRendererEvent, notifications: WireNotification[]) => {
      for (const notification of notifications) listener(notification);
    };
    ipcRenderer.on(NOTIFICATION_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(NOTIFICATION_CHANNEL, forward);
  },
} as unknown as DesktopBridge;

contextBridge.exposeInMainWorld('legflow', api);
