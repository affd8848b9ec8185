import type { Locator, Page } from '@playwright/test';

/** The dock's run tabs: the virtual phone, Events, Legs, Variables, Call ladder, History. */
export class RunDock {
  readonly panel: Locator;
  readonly liveLegs: Locator;
  readonly timeline: Locator;
  readonly pastRuns: Locator;
  readonly scrubber: Locator;

  constructor(readonly page: Page) {
    const dock = page.getByRole('region', { name: 'Dock' });
    this.panel = dock.getByRole('tabpanel');
    this.liveLegs = this.panel.locator('.phone-leg');
    this.timeline = this.panel.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
    this.pastRuns = this.panel.getByRole('table', { name: 'Past runs' }).locator('tbody tr');
    this.scrubber = this.panel.getByRole('slider', { name: 'Replay position' });
  }

  async openTab(title: 'Phone' | 'Events' | 'Legs' | 'Variables' | 'Call ladder' | 'History') {
    await this.page.getByRole('tab', { name: title }).click();
  }

  /** The phone's "Call in" from `from` to the open flow's ExoPhone. */
  async callIn(from: string): Promise<void> {
    await this.openTab('Phone');
    await this.panel.getByLabel('From').fill(from);
    await this.panel.getByRole('button', { name: 'Call in' }).click();
  }

  /** The "Who answers" checkbox that makes `number` ring this phone. */
  answering(number: string): Locator {
    return this.panel
      .getByRole('region', { name: 'Who answers' })
      .getByRole('checkbox', { name: new RegExp(number) });
  }

  key(digit: string): Locator {
    return this.panel
      .getByRole('group', { name: 'Keypad' })
      .getByRole('button', { name: digit, exact: true });
  }

  /** Moves the replay scrubber to `position` updates in. */
  async scrubTo(position: number): Promise<void> {
    await this.scrubber.fill(String(position));
  }
}
