import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { createBackend } from '../../electron/backend';
import type { Backend } from '../../electron/backend';
import { startWebServer } from '../../electron/web/web-server';
import type { WebServer } from '../../electron/web/web-server';
import { DesignerPage } from './pages/designer-page';
import { WorkspaceFolder } from './workspace-folder';

/**
 * The built renderer; LEGFLOW_RENDERER_DIR points elsewhere, so that several people (or helpers)
 * building at once (`npx vite build --outDir DIR --emptyOutDir`) do not test each other's build.
 */
const RENDERER_DIR = process.env.LEGFLOW_RENDERER_DIR
  ? join(process.env.LEGFLOW_RENDERER_DIR, '/')
  : fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/**
 * `designer`: the app in browser mode, opened with its access token and ready. Each worker
 * serves the built renderer and a backend of its own, on a port of its own, over a temporary
 * `workspace` folder (and data folder) that is removed when the worker ends. Specs sharing a
 * worker share the folder, so each names its files after itself. Runs belong to the backend and
 * outlive their page, so a run a test leaves going is stopped after it: the next test's page
 * would attach to it otherwise.
 */
export const test = base.extend<
  { designer: DesignerPage },
  { webServer: WebServer; workspace: WorkspaceFolder; backend: Backend }
>({
  workspace: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern.
    async ({}, use) => {
      const folder = await mkdtemp(join(tmpdir(), 'legflow-e2e-'));
      await mkdir(join(folder, 'workspace'));
      await use(new WorkspaceFolder(join(folder, 'workspace')));
      await rm(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  backend: [
    async ({ workspace }, use) => {
      const backend = await createBackend({
        platform: 'web',
        workspaceDir: workspace.dir,
        dataDir: join(workspace.dir, '..', 'data'),
        // Calls on the Simulator profile play out this many times faster than real time; not
        // faster, so a menu's 10 s time-out still leaves a loaded machine time to press a key.
        simSpeed: Number(process.env.LEGFLOW_SIM_SPEED ?? 5),
      });
      await use(backend);
      await backend.close();
    },
    { scope: 'worker' },
  ],
  webServer: [
    async ({ backend }, use) => {
      if (!existsSync(`${RENDERER_DIR}index.html`)) {
        throw new Error(`${RENDERER_DIR} has no index.html; run \`npx vite build\` first.`);
      }
      const server = await startWebServer({ port: 0, rootDir: RENDERER_DIR, backend });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  designer: async ({ page, webServer, workspace, backend }, use) => {
    // Autosaves are the worker's, like its folders: one test's unsaved flow must not greet the
    // next test with a restore prompt (tests/e2e/recovery.spec.ts makes its own on purpose).
    await rm(join(workspace.dir, '..', 'data', 'autosave'), { recursive: true, force: true });
    const designer = new DesignerPage(page);
    await designer.open(webServer.openUrl);
    await use(designer);
    const active = await backend.dispatch('run.active', undefined);
    const runs = active.ok ? (active.value as { runs: { runId: string }[] }).runs : [];
    await Promise.all(runs.map(({ runId }) => backend.dispatch('run.stop', { runId })));
  },
});

export { expect };
