import type { Locator, Page } from '@playwright/test';

/** The notice naming the runs going on that the canvas does not show, with Open it and Stop it. */
export class RunsElsewhere {
  readonly root: Locator;
  readonly runs: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Runs going on elsewhere' });
    this.runs = page.locator('.runs-elsewhere__run');
  }

  /** The line of the run of the flow named `flow`. */
  run(flow: string): Locator {
    return this.runs.filter({ hasText: `A run of “${flow}” is going on.` });
  }

  openIt(flow: string): Promise<void> {
    return this.run(flow).getByRole('button', { name: 'Open it' }).click();
  }

  stopIt(flow: string): Promise<void> {
    return this.run(flow).getByRole('button', { name: 'Stop it' }).click();
  }
}
