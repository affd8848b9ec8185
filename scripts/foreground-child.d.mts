import type { ChildProcess, SpawnOptions, spawn } from 'node:child_process';

/** Where signals come from: `process` in the app, an EventEmitter in tests. */
export interface SignalSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
}

export interface ForegroundOptions {
  spawn: typeof spawn;
  command: string;
  args: string[];
  spawnOptions: SpawnOptions;
  signals: SignalSource;
  /** Told when the child cannot be started at all (missing or not executable). */
  onError(error: Error): void;
}

export const FORWARDED_SIGNALS: string[];
/** Spawns a child that stands in for this process; see foreground-child.mjs. */
export function runInForeground(options: ForegroundOptions): {
  child: ChildProcess;
  exited: Promise<number>;
};
