// The app in browser mode, as `legflow web` serves it, but inside the bench process: the real
// backend over a temporary workspace, the built renderer, the token-guarded /ipc socket. The
// socket's carrier notes the runs the page starts, so the bench knows which run is on the canvas.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { serializeFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { COMMANDS } from '../../shared/ipc';
import { createBackend } from '../../electron/backend';
import type { Backend } from '../../electron/backend';
import { startWebServer } from '../../electron/web/web-server';
import type { WebServer } from '../../electron/web/web-server';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export interface BenchApp {
  backend: Backend;
  server: WebServer;
  /** Ids of the runs the page started, oldest first. */
  pageRuns: readonly string[];
  /** Resolves with the id of the first run the page starts after `count` runs. */
  pageRun(count: number, timeoutMs: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Serves the built app (or another page, `rootDir`) with a fresh backend whose workspace holds
 * `flows`, one file each.
 */
export async function startBenchApp(
  flows: readonly FlowDocument[],
  simSpeed: number,
  rootDir = RENDERER_DIR,
) {
  if (!existsSync(join(rootDir, 'index.html'))) {
    const hint = rootDir === RENDERER_DIR ? ': run `npm run build` first' : '';
    throw new Error(`${rootDir} has no index.html${hint}.`);
  }
  const folder = await mkdtemp(join(tmpdir(), 'legflow-glow-'));
  const workspaceDir = join(folder, 'workspace');
  await mkdir(workspaceDir);
  for (const flow of flows) {
    await writeFile(join(workspaceDir, `${flow.name}.legflow.json`), serializeFlow(flow));
  }
  const backend = await createBackend({
    platform: 'web',
    workspaceDir,
    dataDir: join(folder, 'data'),
    simSpeed,
  });
  const pageRuns: string[] = [];
  const onPageRun = new Set<() => void>();
  const server = await startWebServer({
    port: 0,
    rootDir,
    backend: {
      subscribe: (listener) => backend.subscribe(listener),
      async dispatch(command, payload) {
        const result = await backend.dispatch(command, payload);
        if (command === 'run.start' && result.ok) {
          pageRuns.push(COMMANDS['run.start'].reply.parse(result.value).runId);
          for (const wake of [...onPageRun]) wake();
        }
        return result;
      },
    },
  });
  return {
    backend,
    server,
    pageRuns,
    pageRun(count: number, timeoutMs: number) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          const runId = pageRuns[count];
          if (runId === undefined) return;
          onPageRun.delete(check);
          clearTimeout(timer);
          resolve(runId);
        };
        const timer = setTimeout(() => {
          onPageRun.delete(check);
          reject(new Error(`The page started no run within ${timeoutMs} ms`));
        }, timeoutMs);
        onPageRun.add(check);
        check();
      });
    },
    async close() {
      await server.close();
      await backend.close();
      await rm(folder, { recursive: true, force: true });
    },
  } satisfies BenchApp;
}

/** Opens the app at its address with the token and waits until it says it is ready. */
export async function openApp(page: Page, app: BenchApp): Promise<void> {
  await page.addInitScript(tapSocketMessages);
  await page.goto(app.server.openUrl);
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
}

/**
 * Opens a workspace flow the way a person does (Open…, pick it), zooms out with the wheel as a
 * person would to see all of it, and waits until every one of its nodes is on the canvas: a big
 * canvas draws only what is in view, and a node not drawn cannot glow.
 */
export async function openFlow(page: Page, flow: FlowDocument): Promise<void> {
  await page.getByRole('toolbar', { name: 'File' }).getByRole('button', { name: 'Open…' }).click();
  await page
    .getByRole('dialog', { name: 'Open a flow' })
    .getByRole('button', { name: new RegExp(`^${flow.name}\\b`) })
    .click();
  const nodes = page.locator('.react-flow__node');
  const allDrawn = () =>
    page.waitForFunction(
      (count) => {
        const { document } = globalThis as unknown as {
          document: { querySelectorAll(selector: string): { length: number } };
        };
        return document.querySelectorAll('.react-flow__node').length === count;
      },
      flow.nodes.length,
      { timeout: 15_000 },
    );
  try {
    // The canvas opens a big flow at a readable zoom with its start in view. Zoom out about the
    // start with the wheel, then drag the empty canvas to bring the start to the top left: the
    // chain snakes right and down from there, and the whole of it is then in view.
    const start = page.locator(`.react-flow__node[data-id="${flow.nodes[0]!.id}"]`);
    await start.waitFor();
    await viewportSettled(page);
    const canvas = await page.getByRole('main', { name: 'Flow canvas' }).boundingBox();
    const before = await start.boundingBox();
    if (!canvas || !before) throw new Error('The canvas or its first node is not on the page.');
    await page.mouse.move(before.x, before.y);
    for (let step = 0; step < 12; step++) await page.mouse.wheel(0, 400);
    await viewportSettled(page);
    const after = (await start.boundingBox()) ?? before;
    const grab = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height - 120 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + canvas.x + 70 - after.x, grab.y + canvas.y + 80 - after.y, {
      steps: 10,
    });
    await page.mouse.up();
    await allDrawn();
    // Let the view settle and check again.
    await viewportSettled(page);
    await allDrawn();
  } catch {
    throw new Error(
      `Only ${await nodes.count()} of the ${flow.nodes.length} nodes of "${flow.name}" are drawn: ` +
        'the flow does not fit the window',
    );
  }
}

/**
 * Waits until the canvas's view stops moving (a fit or a zoom animates): its transform the same
 * over five frames running. A state, not a sleep, so a loaded machine only makes it slower.
 */
async function viewportSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { document, requestAnimationFrame } = globalThis as unknown as {
          document: { querySelector(selector: string): { style: { transform: string } } | null };
          requestAnimationFrame(callback: () => void): number;
        };
        let last = '';
        let same = 0;
        const look = () => {
          const now = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 5) resolve();
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
}

/** Shows one of the dock's tabs (Problems, Events, …) under the canvas. */
export async function showDockTab(page: Page, title: string): Promise<void> {
  const tab = page.getByRole('region', { name: 'Dock' }).getByRole('tab', { name: title });
  await tab.click();
  await tab.and(page.locator('[aria-selected="true"]')).waitFor();
}

/** Presses Run in the run toolbar. */
export async function pressRun(page: Page): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Run' })
    .getByRole('button', { name: 'Run', exact: true })
    .click();
}

/**
 * Runs in the page before the app: notes when each WebSocket message carrying a node-entered run
 * update arrives (page clock), so the bench can tell the socket's time from the page's own.
 */
function tapSocketMessages(): void {
  const win = globalThis as unknown as {
    WebSocket: typeof WebSocket;
    performance: { timeOrigin: number; now(): number };
    glowSocketArrivals?: { runId: string; nodeId: string; at: number }[];
  };
  const arrivals: { runId: string; nodeId: string; at: number }[] = [];
  win.glowSocketArrivals = arrivals;
  const Native = win.WebSocket;
  win.WebSocket = class extends Native {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.addEventListener('message', (event: MessageEvent) => {
        const at = win.performance.timeOrigin + win.performance.now();
        if (typeof event.data !== 'string' || !event.data.includes('node-entered')) return;
        const message = JSON.parse(event.data);
        for (const notification of message.notifications ?? [message.notification]) {
          const { runId, update } = notification?.payload ?? {};
          if (update?.type === 'node-entered') {
            arrivals.push({ runId, nodeId: update.nodeId, at });
          }
        }
      });
    }
  };
}
