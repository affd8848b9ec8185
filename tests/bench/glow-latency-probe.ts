// What the bench records inside the page: each frame (requestAnimationFrame), and each time a
// canvas node turns `data-run-state="active"` (a MutationObserver), with the frame that paints it.
// The ring itself is drawn by the run's marks layer (run-marks-layer.tsx), in the same React
// commit as the attribute, so the two reach the same frame. The floor page (glow-floor-page/)
// sets the same attribute on its own boxes.
//
// When is a glow painted? The app folds run updates into its store in an animation-frame
// callback and React commits the change within that callback, so the frame that is rendering
// when the attribute changes is the one that paints it (a change made between frames waits for
// the next one). Each frame, the probe queues itself a task of the highest priority from its own
// animation-frame callback; no task can run inside a frame's rendering, so that one runs as soon
// as the main thread has finished it (style, layout, paint, hand-over to the compositor), ahead
// of the run updates waiting on the socket; that moment is `paintedAt`. The
// compositor then rasterises and shows the frame at the next vsync, the start of the next
// animation frame: `shownAt`, a figure that leans the other way (up to a frame later).
import type { Page } from '@playwright/test';
import { z } from 'zod';
import type { ClockOffset } from './glow-latency-clock';

/** A node turning active: page clock ms (timeOrigin + now) until converted. */
interface PageActivation {
  nodeId: string;
  changedAt: number;
  paintedAt: number | null;
  shownAt: number | null;
}

/** The few DOM pieces the probe uses, typed here because the bench compiles without the DOM. */
interface ProbeElement {
  getAttribute(name: string): string | null;
  closest(selector: string): ProbeElement | null;
}
interface ProbeWindow {
  document: { documentElement: unknown };
  performance: { timeOrigin: number; now(): number };
  requestAnimationFrame(callback: (timestamp: number) => void): number;
  scheduler: { postTask(task: () => void, options: { priority: 'user-blocking' }): unknown };
  MutationObserver: new (callback: (records: { target: ProbeElement }[]) => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
  glowProbe?: {
    start(): void;
    stop(): { activations: PageActivation[]; frames: number[] };
  };
}

/** Runs in the page (Playwright sends its source), so it must not use anything from outside. */
function installGlowProbe(): void {
  const win = globalThis as unknown as ProbeWindow;
  if (win.glowProbe) return;
  const origin = win.performance.timeOrigin;
  const now = () => origin + win.performance.now();
  let recording = false;
  let inFrame = false;
  let activations: PageActivation[] = [];
  let frames: number[] = [];
  /** Changed while a frame renders: painted by it. */
  let thisFrame: PageActivation[] = [];
  /** Changed between frames: painted by the next one. */
  let nextFrame: PageActivation[] = [];
  /** Painted, waiting for the vsync that shows them. */
  let toShow: PageActivation[] = [];
  const afterFrame = () => {
    const paintedAt = now();
    inFrame = false;
    for (const activation of thisFrame) activation.paintedAt = paintedAt;
    toShow.push(...thisFrame);
    thisFrame = [];
  };
  const onFrame = (timestamp: number) => {
    if (!recording) return;
    const frameAt = origin + timestamp;
    frames.push(frameAt);
    for (const activation of toShow) activation.shownAt = Math.max(frameAt, activation.paintedAt!);
    toShow = [];
    thisFrame.push(...nextFrame);
    nextFrame = [];
    inFrame = true;
    void win.scheduler.postTask(afterFrame, { priority: 'user-blocking' });
    win.requestAnimationFrame(onFrame);
  };
  const observer = new win.MutationObserver((records) => {
    const changedAt = now();
    for (const { target } of records) {
      if (target.getAttribute('data-run-state') !== 'active') continue;
      const nodeId = target.closest('.react-flow__node')?.getAttribute('data-id');
      if (!nodeId) continue;
      const activation: PageActivation = { nodeId, changedAt, paintedAt: null, shownAt: null };
      activations.push(activation);
      (inFrame ? thisFrame : nextFrame).push(activation);
    }
  });
  win.glowProbe = {
    start() {
      if (recording) return;
      activations = [];
      frames = [];
      thisFrame = [];
      nextFrame = [];
      toShow = [];
      recording = true;
      observer.observe(win.document.documentElement, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-run-state'],
      });
      win.requestAnimationFrame(onFrame);
    },
    stop() {
      recording = false;
      observer.disconnect();
      return { activations, frames };
    },
  };
}

const pageRecordSchema = z.object({
  activations: z.array(
    z.object({
      nodeId: z.string(),
      changedAt: z.number(),
      paintedAt: z.number().nullable(),
      shownAt: z.number().nullable(),
    }),
  ),
  frames: z.array(z.number()),
  /** When each node-entered update reached the page's socket (glow-latency-app.ts). */
  arrivals: z.array(z.object({ runId: z.string(), nodeId: z.string(), at: z.number() })),
});

/** What the page recorded, in bench clock ms. */
export type PageRecord = z.infer<typeof pageRecordSchema>;

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(installGlowProbe);
}

export async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as ProbeWindow).glowProbe!.start());
}

/** Stops recording and returns the record, moved onto the bench clock. */
export async function stopProbe(page: Page, clock: ClockOffset): Promise<PageRecord> {
  const raw = await page.evaluate(() => {
    const win = globalThis as unknown as ProbeWindow & {
      glowSocketArrivals?: { runId: string; nodeId: string; at: number }[];
    };
    const record = win.glowProbe!.stop();
    const arrivals = (win.glowSocketArrivals ?? []).filter(
      (arrival) => arrival.at >= (record.frames[0] ?? Infinity),
    );
    win.glowSocketArrivals?.splice(0);
    return { ...record, arrivals };
  });
  const record = pageRecordSchema.parse(raw);
  const shift = (time: number) => time - clock.offsetMs;
  return {
    activations: record.activations.map((activation) => ({
      nodeId: activation.nodeId,
      changedAt: shift(activation.changedAt),
      paintedAt: activation.paintedAt === null ? null : shift(activation.paintedAt),
      shownAt: activation.shownAt === null ? null : shift(activation.shownAt),
    })),
    frames: record.frames.map(shift),
    arrivals: record.arrivals.map((arrival) => ({ ...arrival, at: shift(arrival.at) })),
  };
}
