import { mkdir, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { FLOW_FILE_EXTENSION } from '../../shared/ipc';
import type { WorkspaceFile } from '../../shared/ipc';

/** How deep and how many: a workspace is a folder of flows, not a whole home directory. */
const MAX_DEPTH = 4;
const MAX_FILES = 1000;

/** Creates the workspace folder if it is missing (the first start, or a fresh `--workspace`). */
export async function ensureWorkspace(root: string): Promise<void> {
  await mkdir(root, { recursive: true });
}

/**
 * The flow files in the workspace and its subfolders, sorted by path. Hidden folders (the
 * app's own `.legflow`, `.git`) and `node_modules` are skipped; so are unreadable folders.
 */
export async function listWorkspaceFiles(root: string): Promise<WorkspaceFile[]> {
  const found: WorkspaceFile[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && entry.name !== 'node_modules') await visit(path, depth + 1);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(FLOW_FILE_EXTENSION)) {
        const info = await stat(path).catch(() => null);
        if (!info) continue;
        found.push({
          path: relative(root, path).split(sep).join('/'),
          modifiedMs: info.mtimeMs,
          size: info.size,
        });
      }
    }
  };
  await visit(root, 0);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
