import type { spawn } from 'node:child_process';
import type { StartClock } from './electron-download.d.mts';
import type { SignalSource } from './foreground-child.d.mts';

export type { StartClock } from './electron-download.d.mts';
export type { SignalSource } from './foreground-child.d.mts';

/** Everything `npm start` touches, so that a test can stand in for each. */
export interface StartOptions {
  env: NodeJS.ProcessEnv;
  /** The electron package's folder; undefined when it is not installed. */
  packageDir: string | undefined;
  /** The built main-process bundle Electron runs (dist/electron/main.cjs). */
  mainBundle: string;
  /** Passed on to the app (files to open). */
  appArgs: string[];
  /** bin/legflow.js, for browser mode. */
  legflowBin: string;
  /** The Node that runs the installer and browser mode. */
  nodePath: string;
  spawn: typeof spawn;
  clock: StartClock;
  signals: SignalSource;
  stdout: { write(text: string | Uint8Array): unknown };
  /** Messages and download progress; progress is rewritten in place on a terminal. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Opens an address in the system's browser; false when it cannot. */
  open(url: string): boolean;
  /** The download's time limit; defaults to LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT or 5 minutes. */
  timeoutMs?: number;
}

/** Starts the desktop app, or browser mode without Electron; resolves with the exit code. */
export function startApp(options: StartOptions): Promise<number>;
