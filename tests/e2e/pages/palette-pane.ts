import type { Locator, Page } from '@playwright/test';

/** The node palette on the left. */
export class PalettePane {
  readonly root: Locator;
  readonly search: Locator;
  /** Every node kind currently listed. */
  readonly items: Locator;
  readonly noMatch: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('navigation', { name: 'Node palette' });
    this.search = this.root.getByRole('searchbox', { name: 'Search nodes' });
    this.items = this.root.locator('button[data-kind]');
    this.noMatch = this.root.getByRole('status');
  }

  /** A palette item by its accessible name, which is the kind's title. */
  item(title: string): Locator {
    return this.root.getByRole('button', { name: title, exact: true });
  }

  /** The `data-kind` of every listed item, in order. */
  listedKinds(): Promise<string[]> {
    return this.items.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')!));
  }
}
