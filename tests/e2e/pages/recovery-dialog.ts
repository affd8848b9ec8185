import type { Locator, Page } from '@playwright/test';

/** The prompt on start that offers back flows left unsaved by a crash. */
export class RecoveryDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /^Restore (an )?unsaved flows?\?$/ });
  }

  /** The row of one offered flow, by its name. */
  entry(name: string): Locator {
    return this.root.getByRole('listitem').filter({ hasText: name });
  }

  async restore(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Restore' }).click();
  }

  async discard(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Discard' }).click();
  }
}
