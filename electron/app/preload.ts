// Runs sandboxed before the renderer. It exposes a small, domain-shaped object and never
// ipcRenderer itself; the IPC contract of shared/ipc.ts will be added here as it is written.
import { contextBridge } from 'electron';

const VERSION_FLAG = '--legflow-version=';

/** What `window.legflow` holds in the desktop app. */
export interface LegflowDesktopApi {
  platform: 'electron';
  /** The app's version, e.g. `0.1.0`. */
  version: string;
}

const api: LegflowDesktopApi = {
  platform: 'electron',
  version:
    process.argv.find((arg) => arg.startsWith(VERSION_FLAG))?.slice(VERSION_FLAG.length) ?? '',
};

contextBridge.exposeInMainWorld('legflow', Object.freeze(api));
