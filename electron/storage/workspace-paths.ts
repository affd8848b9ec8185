import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FLOW_FILE_EXTENSION, IpcError } from '../../shared/ipc';

/** A flow file's place, both ways: on disk, and as the UI names it. */
export interface WorkspaceLocation {
  absolute: string;
  /** Relative to the workspace, with `/` separators on every platform. */
  relative: string;
}

/**
 * Where a path a UI sent lands in the workspace, or an `invalid-path` IpcError. Accepted: a
 * relative path without `..` segments, or an absolute path inside the workspace; either must
 * name a `.legflow.json` file, so a UI can neither read nor overwrite anything else. This is
 * the lexical check; `confirmInsideWorkspace` then follows symbolic links on disk.
 */
export function locateInWorkspace(root: string, requested: string): WorkspaceLocation {
  const refuse = (why: string) =>
    new IpcError('invalid-path', `Cannot use "${requested}": ${why}.`);
  if (requested.includes('\0')) throw refuse('it contains a NUL character');
  // A backslash is a separator on Windows; treat it as one everywhere so `..\x` is caught too.
  const path = requested.replaceAll('\\', '/');
  if (!path.toLowerCase().endsWith(FLOW_FILE_EXTENSION)) {
    throw refuse(`only flow files (ending in ${FLOW_FILE_EXTENSION}) are opened and saved`);
  }
  const absoluteRequest = isAbsolute(path) || /^[A-Za-z]:/.test(path);
  if (!absoluteRequest && path.split('/').includes('..')) {
    throw refuse('".." may not be used in a workspace path');
  }
  const absolute = resolve(root, path);
  if (!isInside(root, absolute)) throw refuse('it is outside the workspace folder');
  return { absolute, relative: relative(root, absolute).split(sep).join('/') };
}

/** Whether `path` is `root` itself or below it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const base = root.endsWith(sep) ? root : root + sep;
  return path === root || path.startsWith(base);
}

/**
 * Follows symbolic links: the file (or, when it does not exist yet, its nearest existing
 * folder) must really be inside the workspace, so a link cannot lead a save or an open out.
 */
export async function confirmInsideWorkspace(root: string, absolute: string): Promise<void> {
  const realRoot = await realpath(root);
  for (let path = absolute; ; path = dirname(path)) {
    const real = await realpath(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (real !== null) {
      if (!isInside(realRoot, real)) {
        throw new IpcError(
          'invalid-path',
          `Cannot use "${absolute}": it leads outside the workspace folder through a link.`,
        );
      }
      return;
    }
    if (dirname(path) === path) return;
  }
}
