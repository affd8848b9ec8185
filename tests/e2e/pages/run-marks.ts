import type { Locator, Page } from '@playwright/test';

/** Every mark a run leaves on the canvas: nodes it is on or went through, lines and ports taken. */
export class RunMarks {
  readonly nodes: Locator;
  readonly visitCounts: Locator;
  readonly lines: Locator;
  readonly ports: Locator;
  readonly breakpoints: Locator;

  constructor(readonly page: Page) {
    this.nodes = page.locator('.flow-node[data-run-state]:not([data-run-state="idle"])');
    this.visitCounts = page.locator('.flow-node[data-visits]');
    this.lines = page.locator('.run-marks__line');
    this.ports = page.locator('.flow-node__port[data-taken]');
    this.breakpoints = page.locator('.flow-node[data-breakpoint]');
  }

  /** All of them at once, for "nothing of a run is on this canvas". */
  all(): Locator {
    return this.nodes.or(this.visitCounts).or(this.lines).or(this.ports).or(this.breakpoints);
  }
}
