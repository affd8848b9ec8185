// Which flow files the app was asked to open: on its command line (Windows, Linux, and a second
// instance forwarding its own), or by the OS's `open-file` (macOS). Plain, unit-tested.
import { isAbsolute, resolve } from 'node:path';
import { FLOW_FILE_EXTENSION } from '../../shared/ipc';

/** Whether the system handed the app a flow file (a Mac passes whatever was dropped on it). */
export function isFlowFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(FLOW_FILE_EXTENSION);
}

/**
 * The `.legflow.json` paths in a command line, absolute: a relative one is taken from
 * `workingDirectory`, the folder the command was typed in (a second instance reports its own).
 * Flags and Electron's own arguments (the executable, in development the main script) are
 * skipped.
 */
export function flowFilesInArgs(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isFlowFilePath(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

/**
 * The file the window is to open next. The system may ask before the window is ready (a
 * double-click starts the app) or while it runs (a second launch, `open-file`); the window
 * takes the file when it is ready and whenever it is told one waits. It shows one flow at a
 * time, so the latest request wins.
 */
export interface LaunchQueue {
  /** Remembers the last of `paths`; true when there was one. */
  offer(paths: readonly string[]): boolean;
  /** The waiting file, once; null when none waits. */
  take(): string | null;
}

export function createLaunchQueue(): LaunchQueue {
  let waiting: string | null = null;
  return {
    offer(paths) {
      const latest = paths.at(-1);
      if (latest === undefined) return false;
      waiting = latest;
      return true;
    },
    take() {
      const path = waiting;
      waiting = null;
      return path;
    },
  };
}
