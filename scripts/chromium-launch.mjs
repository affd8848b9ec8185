// How every tool here launches a browser: Debian's Chromium when installed (Playwright cannot
// download its own on machines without internet), else Playwright's own. Used by the Playwright
// config, the benchmarks and the screenshot and icon scripts.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium in a container: no sandbox, no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Options for `chromium.launch()`: the system's Chromium with its flags, or Playwright's. */
export function chromiumLaunchOptions() {
  return existsSync(SYSTEM_CHROMIUM)
    ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
    : { args: CHROMIUM_ARGS };
}
