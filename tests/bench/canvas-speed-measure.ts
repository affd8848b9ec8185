// Measures one benchmark page in headless Chromium: open to interactive, then frames while
// panning the empty canvas and while dragging a node, paced one pointer move per frame.
import type { Browser, CDPSession, Page } from '@playwright/test';

/** The figures for one page load. Frame figures are in ms per frame. */
export interface PageFigures {
  openMs: number;
  panFrameMs: number;
  panWorkMs: number;
  dragFrameMs: number;
  dragWorkMs: number;
}

const STEPS = 90;
const VIEWPORT = { width: 1280, height: 800 };

/** What the pages expose (canvas-speed-page/bench-probe.tsx); typed here without the DOM. */
interface BenchPage {
  benchReadyAt: number | null;
  benchStartFrames(): void;
  benchStopFrames(): number[];
  benchNextFrame(): Promise<void>;
  benchIdle(): Promise<void>;
  benchEmptyPoint(): { x: number; y: number };
  benchNodePoint(): { x: number; y: number };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Main-thread task time so far, in ms (Chrome's own accounting). */
async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Presses at `from`, moves one step per frame, releases; returns frame time and main-thread work. */
async function dragFrom(page: Page, cdp: CDPSession, from: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate(() => (globalThis as unknown as BenchPage).benchStartFrames());
  const workBefore = await taskMs(cdp);
  for (let step = 1; step <= STEPS; step++) {
    // A figure-eight, so the move never runs off the canvas and covers new ground both ways.
    const angle = (step / STEPS) * 2 * Math.PI;
    await page.mouse.move(from.x + 120 * Math.sin(angle), from.y + 60 * Math.sin(2 * angle));
    await page.evaluate(() => (globalThis as unknown as BenchPage).benchNextFrame());
  }
  const workMs = (await taskMs(cdp)) - workBefore;
  const intervals = await page.evaluate(() =>
    (globalThis as unknown as BenchPage).benchStopFrames(),
  );
  await page.mouse.up();
  return { frameMs: mean(intervals), workMs: workMs / STEPS };
}

/** Loads `url` in a fresh page and measures it. */
export async function measurePage(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (globalThis as unknown as BenchPage).benchReadyAt !== null,
      undefined,
      { timeout: 120_000 },
    );
    const openMs = await page.evaluate(() => (globalThis as unknown as BenchPage).benchReadyAt!);
    // Let work queued after the first paint (minimap, validation) finish before moving.
    await page.evaluate(() => (globalThis as unknown as BenchPage).benchIdle());
    const pan = await dragFrom(
      page,
      cdp,
      await page.evaluate(() => (globalThis as unknown as BenchPage).benchEmptyPoint()),
    );
    const drag = await dragFrom(
      page,
      cdp,
      await page.evaluate(() => (globalThis as unknown as BenchPage).benchNodePoint()),
    );
    return {
      openMs,
      panFrameMs: pan.frameMs,
      panWorkMs: pan.workMs,
      dragFrameMs: drag.frameMs,
      dragWorkMs: drag.workMs,
    };
  } finally {
    await context.close();
  }
}

/** Where our canvas sits in the page, so plain React Flow gets a box of the very same size. */
export async function canvasBox(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);
  const box = (await page.locator('.react-flow').boundingBox())!;
  await page.close();
  return box;
}
