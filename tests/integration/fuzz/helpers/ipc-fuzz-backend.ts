import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../../../electron/backend';
import type { Backend } from '../../../../electron/backend';
import { startWebServer } from '../../../../electron/web/web-server';
import type { WebServer } from '../../../../electron/web/web-server';

/** The web server's access token for the fuzz's own page. */
export const TOKEN = 'fuzz-suite-token-0123456789';

/** Browser mode's backend and web server, in a folder of their own, watched for bugs and runs. */
export interface IpcFuzzBackend {
  /** The test's folder: the page's root, with the workspace a few levels down. */
  base: string;
  workspace: string;
  backend: Backend;
  server: WebServer;
  /** What the backend reported as its own bugs; a case empties it before it starts. */
  bugs: unknown[];
  /** How each run the fuzz started ended: `finished` updates, by run. */
  finished: Map<string, { status: string; reason: string }>;
  /** Resolves once the run's `finished` update has come (the test's own timeout bounds it). */
  whenFinished(runId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the backend on a workspace holding one good flow and one broken one, with the web
 * server in front of it. Cleans up what it started if it fails half way.
 */
export async function startIpcFuzzBackend(): Promise<IpcFuzzBackend> {
  const base = await mkdtemp(join(tmpdir(), 'legflow-fuzz-ipc-'));
  let backend: Backend | undefined;
  let server: WebServer | undefined;
  const close = async () => {
    await server?.close();
    await backend?.close();
    await rm(base, { recursive: true, force: true });
  };
  try {
    // Nested, so a path that escapes the workspace by a few `..` still lands in this test's folder.
    const workspace = join(base, 'a', 'b', 'c', 'workspace');
    await mkdir(workspace, { recursive: true });
    await writeFile(join(base, 'index.html'), '<!doctype html><title>Legflow Studio</title>');
    await writeFile(
      join(workspace, 'ivr.legflow.json'),
      await readFile('assets/examples/ivr-menu.legflow.json', 'utf8'),
    );
    await writeFile(join(workspace, 'broken.legflow.json'), '{"format":"legflow.flow",');
    const bugs: unknown[] = [];
    backend = await createBackend({
      platform: 'web',
      workspaceDir: workspace,
      dataDir: join(base, 'data'),
      // Runs the fuzz starts finish at once rather than ringing on for real seconds.
      simSpeed: 1_000,
      reportBug: (_what, error) => bugs.push(error),
    });
    server = await startWebServer({ port: 0, rootDir: base, backend, token: TOKEN });
    const finished = new Map<string, { status: string; reason: string }>();
    /** Who waits for a run's `finished` update, by run. */
    const finishWaiters = new Map<string, () => void>();
    backend.subscribe(({ name, payload }) => {
      const { runId, update } = payload as { runId?: string; update?: { type?: string } };
      if (name === 'run.update' && update?.type === 'finished' && runId !== undefined) {
        finished.set(runId, update as { status: string; reason: string });
        finishWaiters.get(runId)?.();
      }
    });
    const whenFinished = (runId: string): Promise<void> => {
      if (finished.has(runId)) return Promise.resolve();
      return new Promise((resolve) => finishWaiters.set(runId, resolve));
    };
    return { base, workspace, backend, server, bugs, finished, whenFinished, close };
  } catch (error) {
    await close();
    throw error;
  }
}
