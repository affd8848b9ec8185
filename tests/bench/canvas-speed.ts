/**
 * Canvas speed (issue #6, "Speed"): a generated 1,000-node, 1,200-edge flow, opened in our
 * designer and in plain React Flow with default nodes, in the same headless Chromium. Prints time
 * from open to interactive, and frame time and main-thread work per frame while panning and while
 * dragging a node, each the median of several loads, with our/plain ratios (target: ≤ 1.5).
 *
 *   npx vite-node tests/bench/canvas-speed.ts [-- ROUNDS]
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch.mjs';
import { canvasBox, measurePage } from './canvas-speed-measure';
import type { PageFigures } from './canvas-speed-measure';
import { buildBenchPages, serveFolder } from './canvas-speed-pages';

const ROUNDS = Number(process.argv.slice(2).find((arg) => arg !== '--') ?? 5);
const TARGET = 1.5;
const FIGURES: [keyof PageFigures, string][] = [
  ['openMs', 'open to interactive (ms)'],
  ['panFrameMs', 'frame time, panning (ms)'],
  ['panWorkMs', 'main-thread work per frame, panning (ms)'],
  ['dragFrameMs', 'frame time, dragging a node (ms)'],
  ['dragWorkMs', 'main-thread work per frame, dragging (ms)'],
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const folder = await buildBenchPages();
const server = await serveFolder(folder);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const box = await canvasBox(browser, `${server.url}ours.html`);
  const plainUrl = `${server.url}plain.html?${new URLSearchParams({
    left: String(box.x),
    top: String(box.y),
    width: String(box.width),
    height: String(box.height),
  })}`;
  const runs: Record<'ours' | 'plain', PageFigures[]> = { ours: [], plain: [] };
  // Alternate the two, so drift in the machine's load touches both alike.
  for (let round = 0; round < ROUNDS; round++) {
    runs.ours.push(await measurePage(browser, `${server.url}ours.html`));
    runs.plain.push(await measurePage(browser, plainUrl));
    process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  console.log(`\nCanvas speed, 1,000 nodes and 1,200 edges, median of ${ROUNDS} loads each`);
  console.log(`canvas ${Math.round(box.width)}×${Math.round(box.height)} px in a 1280×800 window`);
  console.log(
    `${'figure'.padEnd(44)}${'ours'.padStart(10)}${'plain'.padStart(10)}${'ratio'.padStart(9)}`,
  );
  let within = true;
  for (const [key, label] of FIGURES) {
    const ours = median(runs.ours.map((run) => run[key]));
    const plain = median(runs.plain.map((run) => run[key]));
    const ratio = ours / plain;
    within &&= ratio <= TARGET;
    console.log(
      `${label.padEnd(44)}${ours.toFixed(1).padStart(10)}${plain.toFixed(1).padStart(10)}${`${ratio.toFixed(2)}×`.padStart(9)}${ratio > TARGET ? '  over target' : ''}`,
    );
  }
  console.log(
    within
      ? `\nEvery figure is within ${TARGET}× plain React Flow.`
      : `\nSome figures exceed ${TARGET}× plain React Flow.`,
  );
} finally {
  await browser.close();
  await server.close();
}
