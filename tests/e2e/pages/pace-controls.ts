import type { Locator, Page } from '@playwright/test';

/** The run toolbar's pace controls: the Simulator's speed, Skip wait and the countdowns. */
export class PaceControls {
  readonly speed: Locator;
  readonly skip: Locator;
  /** The seconds left of the run's wait, beside Skip wait ("27 s"; empty when nothing waits). */
  readonly countdown: Locator;
  /** What holds the speed and Skip wait: their tooltips, which say why they are off. */
  readonly speedBox: Locator;
  readonly skipBox: Locator;

  constructor(readonly page: Page) {
    const toolbar = page.getByRole('toolbar', { name: 'Run' });
    this.speed = toolbar.getByRole('combobox', { name: 'Speed' });
    this.skip = toolbar.getByRole('button', { name: 'Skip wait' });
    this.countdown = toolbar.locator('.run-pace__countdown');
    this.speedBox = toolbar.locator('.run-pace__speed-box');
    this.skipBox = toolbar.locator('.run-pace__skip-box');
  }

  /** The countdown badge on a canvas node, shown while the run waits on it. */
  nodeCountdown(nodeId: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${nodeId}"] .flow-node__countdown`);
  }

  /** Chooses a speed: `0.5`, `1`, `2`, `5` or `20` (times real time). */
  async choose(speed: number): Promise<void> {
    await this.speed.selectOption(String(speed));
  }

  /** The seconds the toolbar's countdown shows now. */
  async secondsLeft(): Promise<number> {
    const text = (await this.countdown.textContent()) ?? '';
    const match = /^(\d+) s$/.exec(text.trim());
    if (!match) throw new Error(`The countdown shows “${text}”, not a number of seconds.`);
    return Number(match[1]);
  }
}
