import type { Locator, Page } from '@playwright/test';

/** The bar over the run panels while a kept run is replayed: play, speed, scrubber, report. */
export class ReplayBar {
  readonly root: Locator;
  readonly play: Locator;
  readonly speed: Locator;
  readonly scrubber: Locator;
  /** "12/43 · 0:04/0:32 · node-entered", or "… · wait 1:45" in a long gap while playing. */
  readonly step: Locator;
  readonly exportReport: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Dock' }).getByRole('group', { name: 'Replay' });
    // Its name is Play or Pause, as it stands; it is the bar's only toggle.
    this.play = this.root.locator('.replay-bar__play');
    this.speed = this.root.getByLabel('Replay speed');
    this.scrubber = this.root.getByRole('slider', { name: 'Replay position' });
    this.step = this.root.getByLabel('Replay step');
    this.exportReport = this.root.getByRole('button', { name: 'Export report' });
    this.close = this.root.getByRole('button', { name: 'Close replay' });
  }

  /** How many updates the replay has: the scrubber's end. */
  async length(): Promise<number> {
    return Number(await this.scrubber.getAttribute('max'));
  }

  /** How many updates are shown: the scrubber's position. */
  async position(): Promise<number> {
    return Number(await this.scrubber.inputValue());
  }
}
