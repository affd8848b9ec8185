// Takes the README's screenshots from the built app in browser mode, so they stay current:
// `npm run build && node scripts/screenshots.mjs`. Writes docs/screenshots/*.png.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const workspace = mkdtempSync(join(tmpdir(), 'legflow-shots-'));
const server = spawn(
  process.execPath,
  ['bin/legflow.js', 'web', '--port', '0', '--workspace', workspace],
  {
    env: { ...process.env, LEGFLOW_SIM_SPEED: '3', LEGFLOW_DATA_DIR: join(workspace, '.data') },
  },
);
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = /running at (\S+)/.exec(out);
    if (found) resolve(found[1]);
  });
  server.once('exit', () => reject(new Error(`legflow web exited: ${out}`)));
});
const browser = await chromium.launch({
  ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator('html[data-app-state="ready"]').waitFor();
  const shot = (name) => page.screenshot({ path: `docs/screenshots/${name}.png` });

  await page
    .getByRole('toolbar', { name: 'File' })
    .getByRole('button', { name: 'Templates…' })
    .click();
  await page
    .getByRole('dialog', { name: 'Start from a template' })
    .getByRole('button', { name: /^IVR menu\b/ })
    .click();
  await page.locator('.react-flow__node[data-id="menu"]').click();
  await shot('designer');

  const run = page.getByRole('toolbar', { name: 'Run' });
  await run.getByRole('button', { name: 'Run', exact: true }).click();
  // The virtual phone calls the flow's ExoPhone as a caller who presses 1 at the menu.
  await page.getByRole('tab', { name: 'Phone' }).click();
  const panel = page.getByRole('region', { name: 'Dock' }).getByRole('tabpanel');
  await panel.getByLabel('From').fill('09876500001');
  await panel.getByRole('button', { name: 'Call in' }).click();
  await page
    .locator('.flow-node[data-kind="gather"][data-run-state="active"]')
    .waitFor({ timeout: 60_000 });
  await shot('running');
  await page.getByRole('tab', { name: 'Call ladder' }).click();
  await run
    .locator('.run-toolbar__status')
    .filter({ hasText: /Completed/ })
    .waitFor({ timeout: 60_000 });
  await shot('call-ladder');
} finally {
  await browser.close();
  server.kill('SIGINT');
}
console.log('wrote docs/screenshots/designer.png, running.png, call-ladder.png');
