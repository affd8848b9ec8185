import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FLOW_FILE_EXTENSION, IpcError } from '../../shared/ipc';
import { isInside } from './workspace-paths';
import type { WorkspaceLocation } from './workspace-paths';

/**
 * Flow files outside the workspace that the person chose through the operating system: in the
 * desktop app's Open or Save dialog, by double-clicking one, or on the command line. Only the
 * desktop shell (main process) adds to it, never a UI's request, so a browser-mode page can
 * reach no more than the workspace. Kept in memory: a new start asks the system again.
 */
export interface OutsideFiles {
  /**
   * Lets the UI open and save `path` (absolute, a `.legflow.json`), and returns the path the
   * UI names it by: its workspace path when it is inside the workspace, else the absolute path
   * with `/` separators. Refuses anything else with an `invalid-path` IpcError.
   */
  allow(path: string): string;
  /** Where a UI's path lands when it names an allowed file; null for any other path. */
  find(requested: string): WorkspaceLocation | null;
  /** Whether an absolute path was allowed. */
  has(absolute: string): boolean;
}

/** The allowed outside files of a backend over `workspace` (absolute, resolved). */
export function createOutsideFiles(workspace: string): OutsideFiles {
  const allowed = new Set<string>();
  return {
    allow(path) {
      const refuse = (why: string) =>
        new IpcError('invalid-path', `Cannot open "${path}": ${why}.`);
      if (path.includes('\0')) throw refuse('it contains a NUL character');
      if (!isAbsolute(path)) throw refuse('the system gave a path that is not absolute');
      if (!path.toLowerCase().endsWith(FLOW_FILE_EXTENSION)) {
        throw refuse(`only flow files (ending in ${FLOW_FILE_EXTENSION}) are opened and saved`);
      }
      const absolute = resolve(path);
      if (isInside(workspace, absolute)) return toSlashes(relative(workspace, absolute));
      allowed.add(absolute);
      return toSlashes(absolute);
    },
    find(requested) {
      const path = requested.replaceAll('\\', '/');
      if (!isAbsolute(path) && !/^[A-Za-z]:\//.test(path)) return null;
      const absolute = resolve(path);
      return allowed.has(absolute) ? { absolute, relative: toSlashes(absolute) } : null;
    },
    has: (absolute) => allowed.has(absolute),
  };
}

/** A path with `/` separators, as the UI shows and sends every path. */
function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
