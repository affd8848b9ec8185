import type { Locator, Page } from '@playwright/test';

/**
 * How long after a crash the next window offers the flow back when the app kept running (a
 * browser tab, with `legflow web` still up): until the crashed tab has been quiet for longer
 * than it said it might be (AUTOSAVE_QUIET_AFTER_MS.visible), plus a look again.
 */
export const OFFER_AFTER_A_TAB_CRASH_MS = 15_000;

/** The prompt on start that offers back flows left unsaved by a crash. */
export class RecoveryDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /^Restore (an )?unsaved flows?\?$/ });
  }

  /** Waits until the window has finished looking for flows to offer back. */
  async waitUntilChecked(): Promise<void> {
    await this.page
      .locator('html[data-recovery="checked"]')
      .waitFor({ state: 'attached', timeout: OFFER_AFTER_A_TAB_CRASH_MS });
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
