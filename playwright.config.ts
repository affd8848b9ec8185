import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-launch.mjs';

// Playwright cannot download its own browsers on machines without internet; Debian's Chromium
// (apt-get install -y chromium) is used when present.
const launchOptions = chromiumLaunchOptions();

/**
 * End-to-end tests of the built renderer (run `npx vite build` first). The fixture in
 * tests/e2e/fixtures.ts serves dist/renderer itself, so no `webServer` is configured here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions,
    trace: 'retain-on-failure',
  },
});
