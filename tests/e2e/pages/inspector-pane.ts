import type { Locator, Page } from '@playwright/test';

/** The inspector on the right. */
export class InspectorPane {
  readonly root: Locator;
  readonly title: Locator;
  readonly help: Locator;
  readonly placeholder: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.title = this.root.getByRole('heading', { level: 2 });
    this.help = this.root.locator('.node-details__help');
    this.placeholder = this.root.locator('.inspector__placeholder');
  }

  /** A param's row (label, value and help) by its label. */
  param(label: string): Locator {
    return this.root.locator('.param-list__row', {
      has: this.root.page().getByText(label, { exact: true }),
    });
  }
}
