import { IpcError } from '../../shared/ipc';
import type { IpcFailure } from '../../shared/ipc';

/** File system error codes in plain words, for the person whose save just failed. */
const FILE_SYSTEM_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is busy',
};

/**
 * Turns whatever a handler threw into a failure for the UI. IpcErrors are meant for users and
 * pass as they are; file system errors become a sentence; anything else is a bug, reported as
 * one (the caller logs the original).
 */
export function toFailure(error: unknown): IpcFailure {
  if (error instanceof IpcError) return error.toFailure();
  const errno = error as NodeJS.ErrnoException;
  const reason = typeof errno?.code === 'string' ? FILE_SYSTEM_REASONS[errno.code] : undefined;
  if (reason) return { code: 'io', message: `The file could not be read or written: ${reason}.` };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong in Legflow Studio: ${message}` };
}

/** Whether a failure is a bug worth logging with its stack, rather than a user's situation. */
export function isUnexpected(failure: IpcFailure): boolean {
  return failure.code === 'internal';
}
