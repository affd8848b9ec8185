/**
 * The floor under the glow bench (issue #17, item 9): the same runs, the same simulator speed,
 * the same probe and the same machine, but the page is the least any app could be: a grid of
 * boxes that marks a node as soon as its update's WebSocket message arrives (glow-floor-page/).
 * No framework, no store, no canvas. What this page cannot reach, no app can reach here; the
 * gap between it and glow-latency.ts is what the app itself costs.
 *
 *   npx vite-node tests/bench/glow-latency-floor.ts
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch.mjs';
import { openApp, startBenchApp } from './glow-latency-app';
import { tapListener } from './glow-latency-listener-tap';
import { meterMainThread } from './glow-latency-main-thread';
import { RunWatch } from './glow-latency-moves';
import { installProbe } from './glow-latency-probe';
import { liftSimulatorRateLimit } from './glow-latency-rate-limit';
import { printPhase } from './glow-latency-report';
import { poolRounds, recordRound, startRun } from './glow-latency-round';
import type { Round, RoundTools } from './glow-latency-round';
import {
  BURST,
  BURST_ROUNDS,
  BURST_RUNS,
  SPEED,
  STEADY,
  STEADY_FRAMES,
  VIEWPORT,
} from './glow-latency-setup';

const PAGE_DIR = fileURLToPath(new URL('./glow-floor-page/', import.meta.url));

async function main(cleanUp: (() => unknown)[]): Promise<void> {
  const loadBefore = loadavg()[0]!.toFixed(1);
  cleanUp.push(liftSimulatorRateLimit());
  const tap = tapListener();
  cleanUp.push(() => tap.remove());
  // The page starts the flow it is served with.
  const rootDir = await mkdtemp(join(tmpdir(), 'legflow-glow-floor-'));
  cleanUp.push(() => rm(rootDir, { recursive: true, force: true }));
  await cp(PAGE_DIR, rootDir, { recursive: true });
  const steadyRound = await measure(rootDir, STEADY, tap, null);
  const burstRounds: Round[] = [];
  for (let round = 0; round < BURST_ROUNDS; round++) {
    burstRounds.push(await measure(rootDir, BURST, tap, { flow: BURST, count: BURST_RUNS - 1 }));
  }
  console.log('\nThe floor: the same runs shown by a page that only marks a box per event');
  console.log(
    `simulator at ${SPEED}× real time, rate limit lifted; window ${VIEWPORT.width}×${VIEWPORT.height}; ` +
      `machine: ${availableParallelism()} cores, load average (1 min) ${loadBefore} before, ${loadavg()[0]!.toFixed(1)} after`,
  );
  printPhase({
    ...steadyRound,
    title: `Floor, steady: one run, a chain of ${STEADY.nodes.length} nodes`,
    targetMs: 1000 / 60,
    frameTargets: STEADY_FRAMES,
  });
  printPhase({
    ...poolRounds(burstRounds),
    title: `Floor, burst: ${BURST_RUNS} runs at once, the page showing one; ${BURST_ROUNDS} rounds`,
    targetMs: 50,
    frameTargets: { p95Frames: 3 },
  });
}

/** Serves the floor page with `flow`, and records one round of it. */
async function measure(
  rootDir: string,
  flow: typeof STEADY,
  tap: RoundTools['tap'],
  others: { flow: typeof STEADY; count: number } | null,
): Promise<Round> {
  await writeFile(join(rootDir, 'flow.json'), JSON.stringify(flow));
  const app = await startBenchApp([STEADY, BURST], SPEED, rootDir);
  const watch = new RunWatch(app.backend, [STEADY, BURST]);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await openApp(page, app);
    await installProbe(page);
    // Start the simulator and warm the code paths before anything is timed.
    const warmUp = await Promise.all(Array.from({ length: 20 }, () => startRun(app, BURST)));
    await watch.waitFinished(warmUp, 60_000);
    const tools: RoundTools = { app, page, meter: await meterMainThread(page), watch, tap };
    return await recordRound(tools, others);
  } finally {
    await browser.close();
    watch.close();
    await app.close();
  }
}

const cleanUp: (() => unknown)[] = [];
try {
  await main(cleanUp);
} finally {
  for (const step of cleanUp.reverse()) await step();
}
