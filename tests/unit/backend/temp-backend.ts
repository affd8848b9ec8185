import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../../electron/backend';
import type { Backend, BackendOptions } from '../../../electron/backend';

/** A backend over a fresh temporary workspace and data folder, and a way to throw both away. */
export interface TempBackend {
  backend: Backend;
  workspace: string;
  dataDir: string;
  bugs: unknown[];
  dispose(): Promise<void>;
}

/** `options` override the defaults (a simulator speed, a secret store, …). */
export async function createTempBackend(
  options: Partial<BackendOptions> = {},
): Promise<TempBackend> {
  const base = await mkdtemp(join(tmpdir(), 'legflow-backend-'));
  const workspace = join(base, 'workspace');
  const dataDir = join(base, 'data');
  await mkdir(workspace);
  const bugs: unknown[] = [];
  const backend = await createBackend({
    platform: 'web',
    workspaceDir: workspace,
    dataDir,
    version: '9.9.9',
    reportBug: (_what, error) => bugs.push(error),
    ...options,
  });
  return {
    backend,
    workspace,
    dataDir,
    bugs,
    dispose: async () => {
      await backend.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}
