import type { Locator, Page } from '@playwright/test';

/** The dock's "Call lookup" tab: a call sid in, the call's legs (or why there are none) out. */
export class CallLookupPanel {
  readonly panel: Locator;
  readonly callSid: Locator;
  readonly lookUp: Locator;
  readonly note: Locator;
  readonly failure: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Dock' }).getByRole('tabpanel');
    const form = this.panel.getByRole('form', { name: 'Look up a call' });
    this.callSid = form.getByLabel('Call sid');
    this.lookUp = form.getByRole('button', { name: /^Look(ing)? up/ });
    this.note = this.panel.getByRole('note');
    this.failure = this.panel.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Call lookup' }).click();
  }

  /** Types a call sid and presses Look up. */
  async find(callSid: string): Promise<void> {
    await this.callSid.fill(callSid);
    await this.lookUp.click();
  }

  /** The rows of one side's legs. */
  legs(side: 'from' | 'to'): Locator {
    return this.panel.getByRole('table', { name: 'Call legs' }).locator(`tr[data-side="${side}"]`);
  }
}
