import type { Locator, Page } from '@playwright/test';

/** What `window.legflowAudioProbe` (renderer/audio/output/audio-probe.ts) reports. */
export interface AudioProbe {
  total: number;
  started: Record<string, number>;
  lines: string[];
  speechEngineReady: boolean;
}

/** The Phone tab's call sound: speaker toggle, volume, voice, "Now playing", and what was started. */
export class PhoneSound {
  readonly region: Locator;
  readonly toggle: Locator;
  readonly volume: Locator;
  readonly voice: Locator;
  readonly nowPlaying: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Call sound' });
    this.toggle = this.region.getByRole('button', { name: 'Sound' });
    this.volume = this.region.getByRole('slider', { name: 'Volume' });
    this.voice = this.region.getByLabel('Voice');
    this.nowPlaying = this.region.getByRole('status', { name: 'Now playing' });
  }

  /** What the app's audio has started so far, and the "Now playing" lines it has shown. */
  probe(): Promise<AudioProbe> {
    return this.page.evaluate(() => {
      const probe = (globalThis as { legflowAudioProbe?: AudioProbe }).legflowAudioProbe;
      if (!probe) throw new Error('The call audio is not attached: open the Phone tab first.');
      return {
        total: probe.total,
        started: probe.started,
        lines: probe.lines,
        speechEngineReady: probe.speechEngineReady,
      };
    });
  }
}
