// Takes the README's screenshots from the built app in browser mode, so they stay current:
// `npm run build && node scripts/screenshots.mjs`. Writes docs/screenshots/*.png.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { serveForPages } from './serve-for-pages.mjs';

const { url, stop } = await serveForPages({ LEGFLOW_SIM_SPEED: '3' });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator('html[data-app-state="ready"]').waitFor();
  const shot = (name) => page.screenshot({ path: `docs/screenshots/${name}.png` });
  const openTemplate = async (name) => {
    await page
      .getByRole('toolbar', { name: 'File' })
      .getByRole('button', { name: 'Templates…' })
      .click();
    await page
      .getByRole('dialog', { name: 'Start from a template' })
      .getByRole('button', { name: new RegExp(`^${name}\\b`) })
      .click();
  };

  await openTemplate('IVR menu');
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
  // The ladder followed the call to its end; show it from the start, as it is read.
  await panel.evaluate((element) => element.scrollTo({ top: 0 }));
  await shot('call-ladder');

  // Replay: the finished run scrubbed back to the moment the caller was at the menu.
  await page.getByRole('tab', { name: 'History' }).click();
  await panel
    .getByRole('table', { name: 'Past runs' })
    .getByRole('button', { name: 'Replay' })
    .first()
    .click();
  const scrubber = panel.getByRole('slider', { name: 'Replay position' });
  const menu = page.locator('.flow-node[data-kind="gather"]');
  for (let position = Number(await scrubber.getAttribute('max')); position > 0; position--) {
    if ((await menu.getAttribute('data-run-state')) === 'active') break;
    await scrubber.fill(String(position - 1));
  }
  await shot('replay');
  await page.getByRole('button', { name: 'Close replay' }).click();

  // The virtual phone: Click to call, with the agent's number handed to the phone, ringing.
  await openTemplate('Click to call');
  await page.getByRole('tab', { name: 'Phone' }).click();
  await panel
    .getByRole('region', { name: 'Who answers' })
    .getByRole('checkbox', { name: /09163816621/ })
    .check();
  await run.getByRole('button', { name: 'Run', exact: true }).click();
  await panel.locator('.phone-leg').filter({ hasText: 'Ringing' }).waitFor({ timeout: 60_000 });
  await shot('virtual-phone');
  await run.getByRole('button', { name: 'Stop', exact: true }).click();

  // The Tests tab: the IVR menu's own tests after its 2 was rewired from Sales to Support: the
  // sales test fails with its first difference, and the canvas marks what the tests cover.
  await openTemplate('IVR menu');
  const dockToggle = (name) => page.getByRole('button', { name: `${name} the dock` });
  await dockToggle('Collapse').click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  const centre = async (selector) => {
    const box = await page.locator(selector).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const from = await centre(
    '.react-flow__node[data-id="menu"] .react-flow__handle[data-handleid="2"]',
  );
  const to = await centre('.react-flow__node[data-id="support"]');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await dockToggle('Expand').click();
  await page.getByRole('tab', { name: 'Tests' }).click();
  await panel.getByRole('button', { name: 'Run all', exact: true }).click();
  await panel
    .locator('.tests-list__row[data-result="failed"]')
    .first()
    .waitFor({ timeout: 60_000 });
  await panel.getByRole('checkbox', { name: 'Show coverage on the canvas' }).check();
  // The lists of what is untested jump to each: here Sales, which no test reaches now.
  await panel.locator('.tests-coverage__item[data-node-id="sales"]').click();
  await page.waitForTimeout(500);
  await shot('tests');
} finally {
  await browser.close();
  stop();
}
console.log(
  'wrote docs/screenshots/designer.png, running.png, call-ladder.png, replay.png, virtual-phone.png, tests.png',
);
