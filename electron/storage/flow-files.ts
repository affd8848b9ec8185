import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FlowLoadError, loadFlow, serializeFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { IpcError } from '../../shared/ipc';
import type { OpenReply, SaveReply } from '../../shared/ipc';
import { writeFileAtomic } from './atomic-write';
import type { WorkspaceLocation } from './workspace-paths';

/**
 * Reads and loads a flow file. A file that is not a flow, or is a broken one, comes back as
 * `unreadable` with its problems; it is only read, never touched.
 */
export async function openFlowFile(location: WorkspaceLocation): Promise<OpenReply> {
  let bytes: Buffer;
  let modifiedMs: number;
  try {
    modifiedMs = (await stat(location.absolute)).mtimeMs;
    bytes = await readFile(location.absolute);
  } catch (error) {
    throw explainReadError(error, location.relative);
  }
  const contentHash = hashContent(bytes);
  try {
    const flow = loadFlow(bytes.toString('utf8'));
    return { status: 'opened', path: location.relative, modifiedMs, contentHash, flow };
  } catch (error) {
    if (!(error instanceof FlowLoadError)) throw error;
    return {
      status: 'unreadable',
      path: location.relative,
      problems: error.problems,
      notAFlow: error.notAFlow,
    };
  }
}

/** How a save should treat what is already on disk. */
export interface SaveGuard {
  /** The file's modification time when it was opened, or null to create a new file. */
  baseModifiedMs: number | null;
  /**
   * The hash of the file's content when it was opened (see {@link hashContent}); left out or
   * null, only the modification time is compared.
   */
  baseContentHash?: string | null;
  /** Write even over a changed or existing file. */
  force: boolean;
}

/**
 * Writes a flow with the stable serializer, atomically. Unless forced, refuses (as a
 * `conflict`, writing nothing) when the file changed since `baseModifiedMs` or no longer has
 * the content `baseContentHash` names, or exists when the caller meant to create it. What is written is checked to load again first, so a save
 * can never produce a file the app cannot open.
 */
export async function saveFlowFile(
  location: WorkspaceLocation,
  flow: FlowDocument,
  guard: SaveGuard,
): Promise<SaveReply> {
  const text = serializeFlow(flow);
  try {
    loadFlow(text);
  } catch (error) {
    if (!(error instanceof FlowLoadError)) throw error;
    throw new IpcError('bad-request', 'The flow is broken and was not saved.', error.problems);
  }
  const current = await stat(location.absolute).catch(() => null);
  if (current && !current.isFile()) {
    throw new IpcError('io', `Cannot save "${location.relative}": a folder has that name.`);
  }
  if (current && !guard.force) {
    const reason =
      guard.baseModifiedMs === null
        ? 'exists'
        : current.mtimeMs !== guard.baseModifiedMs ||
            (await changedContent(location, guard.baseContentHash))
          ? 'changed'
          : null;
    if (reason) {
      return { status: 'conflict', path: location.relative, reason, modifiedMs: current.mtimeMs };
    }
  }
  await mkdir(dirname(location.absolute), { recursive: true });
  await writeFileAtomic(location.absolute, text);
  const written = await stat(location.absolute);
  return {
    status: 'saved',
    path: location.relative,
    modifiedMs: written.mtimeMs,
    contentHash: hashContent(text),
  };
}

/**
 * The SHA-256 of a file's bytes (text counts as its UTF-8 bytes), in lowercase hex: what the
 * contract's `contentHash` holds.
 */
export function hashContent(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Whether the file no longer holds the content `baseHash` names. An edit can leave the
 * modification time as it was (a tool that restores it, a clock too coarse to tell), so the
 * bytes themselves are compared; with no hash to compare, nothing is read.
 */
async function changedContent(
  location: WorkspaceLocation,
  baseHash: string | null | undefined,
): Promise<boolean> {
  if (baseHash === undefined || baseHash === null) return false;
  let bytes: Buffer;
  try {
    bytes = await readFile(location.absolute);
  } catch (error) {
    // Gone since it was looked at: that is a change too.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw explainReadError(error, location.relative);
  }
  return hashContent(bytes) !== baseHash;
}

function explainReadError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new IpcError('not-found', `There is no file "${path}" in the workspace.`);
  if (code === 'EISDIR') return new IpcError('io', `Cannot open "${path}": it is a folder.`);
  return error;
}
