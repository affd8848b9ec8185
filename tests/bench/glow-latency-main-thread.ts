// The page's main-thread time over a stretch, by kind, from Chrome's own accounting (the CDP
// Performance domain): tells whether slow glows come from script, from style and layout, or
// from the machine being busy elsewhere.
import type { CDPSession, Page } from '@playwright/test';

const KINDS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
type Kind = (typeof KINDS)[number];

/** Main-thread time spent, ms, by kind. */
export type MainThreadTime = Record<Kind, number>;

export interface MainThreadMeter {
  /** Starts a stretch; the function returned ends it and says what it cost. */
  begin(): Promise<() => Promise<MainThreadTime>>;
}

export async function meterMainThread(page: Page): Promise<MainThreadMeter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async (): Promise<MainThreadTime> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: Kind) =>
      (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
    return Object.fromEntries(KINDS.map((kind) => [kind, value(kind)])) as MainThreadTime;
  };
  return {
    async begin() {
      const before = await read();
      return async () => {
        const after = await read();
        return Object.fromEntries(
          KINDS.map((kind) => [kind, after[kind] - before[kind]]),
        ) as MainThreadTime;
      };
    },
  };
}

/** The sum of several stretches. */
export function addTimes(times: readonly MainThreadTime[]): MainThreadTime {
  return Object.fromEntries(
    KINDS.map((kind) => [kind, times.reduce((sum, time) => sum + time[kind], 0)]),
  ) as MainThreadTime;
}
