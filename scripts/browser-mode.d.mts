import type { spawn } from 'node:child_process';
import type { SignalSource } from './foreground-child.d.mts';

export interface BrowserModeOptions {
  spawn: typeof spawn;
  /** The Node that runs `legflow`. */
  nodePath: string;
  /** bin/legflow.js. */
  legflowBin: string;
  env: NodeJS.ProcessEnv;
  signals: SignalSource;
  stdout: { write(text: string | Uint8Array): unknown };
  stderr: { write(text: string): unknown };
  /** Opens an address in a browser; false when it cannot. */
  open(url: string): boolean;
}

/** Runs `legflow web` in the foreground and opens its address; resolves with its exit code. */
export function startBrowserMode(options: BrowserModeOptions): Promise<number>;
/** The system's way to open an address in a browser; see browser-mode.mjs. */
export function systemOpener(system?: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  spawn?: typeof spawn;
}): (url: string) => boolean;
