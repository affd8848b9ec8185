// One clock for the bench process and the page: milliseconds since the epoch, as
// `performance.timeOrigin + performance.now()`. Node and Chromium both take timeOrigin from the
// system clock, so the two agree to within a millisecond or so; `pageClockOffset` measures how
// far apart they really are, and the bench subtracts that from every page time.
import type { Page } from '@playwright/test';

export const benchNow = (): number => performance.timeOrigin + performance.now();

export interface ClockOffset {
  /** Page clock minus bench clock, ms. */
  offsetMs: number;
  /** Half the round trip of the best sample: how far off `offsetMs` can be. */
  uncertaintyMs: number;
}

/**
 * The page's clock against ours, from the round trip with the shortest time: a read of the
 * page clock lies between our reads before and after, so it is taken to be at their midpoint.
 */
export async function pageClockOffset(page: Page, samples = 25): Promise<ClockOffset> {
  let best: ClockOffset | null = null;
  for (let sample = 0; sample < samples; sample++) {
    const before = benchNow();
    const pageTime = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = benchNow();
    const candidate = {
      offsetMs: pageTime - (before + after) / 2,
      uncertaintyMs: (after - before) / 2,
    };
    if (!best || candidate.uncertaintyMs < best.uncertaintyMs) best = candidate;
  }
  return best!;
}
