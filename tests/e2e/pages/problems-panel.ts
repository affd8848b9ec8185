import type { Locator, Page } from '@playwright/test';

/** The Problems tab of the dock under the canvas. */
export class ProblemsPanel {
  readonly tab: Locator;
  readonly count: Locator;
  readonly rows: Locator;
  readonly empty: Locator;

  constructor(page: Page) {
    const dock = page.getByRole('region', { name: 'Dock' });
    this.tab = dock.getByRole('tab', { name: /^Problems/ });
    this.count = this.tab.locator('.dock-tab__count');
    this.rows = dock.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    this.empty = dock.locator('.problems-panel__empty');
  }

  /** The problem row whose message contains `text`. */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }
}
