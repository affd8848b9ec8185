import type { spawn } from 'node:child_process';

/** Time as `npm start` sees it: the system's in the app, a hand-driven one in tests. */
export interface StartClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface DownloadOptions {
  /** The electron package's folder (its install.js is run). */
  packageDir: string;
  env: NodeJS.ProcessEnv;
  nodePath: string;
  spawn: typeof spawn;
  clock: StartClock;
  /** Where progress goes; rewritten in place when it is a terminal. */
  status: { write(text: string): unknown; isTTY?: boolean };
  /** Defaults to LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT (seconds), else 5 minutes. */
  timeoutMs?: number;
  /** Aborting stops the installer (Ctrl+C). */
  abortSignal?: AbortSignal;
}

export type DownloadResult = { ok: true } | { failed: string } | { interrupted: true };

export const DEFAULT_DOWNLOAD_TIMEOUT_S: number;
/** The download's time limit from LEGFLOW_ELECTRON_DOWNLOAD_TIMEOUT (seconds), in ms. */
export function downloadTimeoutMs(env: NodeJS.ProcessEnv): number;
/** Runs Electron's installer within a time limit, showing progress. */
export function downloadElectron(options: DownloadOptions): Promise<DownloadResult>;
/** "5 min", "20 s". */
export function formatDuration(ms: number): string;
