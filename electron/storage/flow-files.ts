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
  let text: string;
  let modifiedMs: number;
  try {
    modifiedMs = (await stat(location.absolute)).mtimeMs;
    text = await readFile(location.absolute, 'utf8');
  } catch (error) {
    throw explainReadError(error, location.relative);
  }
  try {
    return { status: 'opened', path: location.relative, modifiedMs, flow: loadFlow(text) };
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
  /** Write even over a changed or existing file. */
  force: boolean;
}

/**
 * Writes a flow with the stable serializer, atomically. Unless forced, refuses (as a
 * `conflict`, writing nothing) when the file changed since `baseModifiedMs`, or exists when
 * the caller meant to create it. What is written is checked to load again first, so a save
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
        : current.mtimeMs !== guard.baseModifiedMs
          ? 'changed'
          : null;
    if (reason) {
      return { status: 'conflict', path: location.relative, reason, modifiedMs: current.mtimeMs };
    }
  }
  await mkdir(dirname(location.absolute), { recursive: true });
  await writeFileAtomic(location.absolute, text);
  const written = await stat(location.absolute);
  return { status: 'saved', path: location.relative, modifiedMs: written.mtimeMs };
}

function explainReadError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new IpcError('not-found', `There is no file "${path}" in the workspace.`);
  if (code === 'EISDIR') return new IpcError('io', `Cannot open "${path}": it is a folder.`);
  return error;
}
