import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/designer-page';
import { ReplayBar } from './pages/replay-bar';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

const CALLER = '09876500009'; // the phonebook's interactive party: driven from the virtual phone
/** The menu is renamed in Hindi, so the report has to carry a Devanagari font. */
const MENU_IN_HINDI = 'मुख्य मेनू';

// A call plays out in (sped-up) platform time before it can be replayed.
test.describe.configure({ timeout: 90_000 });

/**
 * Keeps a run of the IVR menu template in History: the caller calls in from the phone and
 * presses 2 (Sales). Its menu, renamed in Hindi, listens for 120 s, so a loaded machine cannot
 * miss it; then opens the run for replay.
 */
async function replayIvrRun(designer: DesignerPage): Promise<ReplayBar> {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await designer.files.openTemplate('IVR menu');
  await designer.canvas.select('gather');
  await designer.inspector.field('Time-out').fill('120');
  await designer.inspector.field('Name on canvas').fill(MENU_IN_HINDI);
  await designer.inspector.leaveField();
  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn(CALLER);
  await expect(dock.liveLegs.first()).toContainText('Listening for keys', { timeout: 15_000 });
  await dock.key('2').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 15_000 });

  await dock.openTab('History');
  await dock.pastRuns
    .filter({ hasText: 'completed' })
    .first()
    .getByRole('button', { name: 'Replay' })
    .click();
  const bar = new ReplayBar(page);
  await expect(bar.scrubber).toBeVisible();
  return bar;
}

test('Play moves a replay on by itself to the end, drawing the path; Pause stops it', async ({
  designer,
}) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const bar = await replayIvrRun(designer);
  const length = await bar.length();
  expect(length).toBeGreaterThan(10);

  // From the start: nothing drawn yet.
  await bar.scrubber.fill('0');
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'idle');
  await bar.speed.selectOption({ label: '20×' });
  await bar.play.click();
  await expect(bar.play).toHaveText('Pause');
  await expect(bar.root).toHaveAttribute('data-playing', 'true');
  // It ends by itself, back to Play, at the last update with the whole path drawn.
  await expect(bar.step).toHaveText(new RegExp(`^${length}/${length} `), { timeout: 20_000 });
  await expect(bar.play).toHaveText('Play');
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'visited');
  await expect(run.node('welcome')).toHaveAttribute('data-run-state', 'visited');
  await expect(run.node('support')).toHaveAttribute('data-run-state', 'idle');
  await expect(run.edge('e5')).toHaveAttribute('data-run', 'taken');

  // Space on the bar plays step by step (from the start, as it stood at the end) and pauses.
  await bar.speed.selectOption({ label: 'Steps' });
  await bar.scrubber.focus();
  await page.keyboard.press('Space');
  await expect(bar.root).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => bar.position()).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Space');
  await expect(bar.root).toHaveAttribute('data-playing', 'false');
  const paused = await bar.position();
  expect(paused).toBeLessThan(length);
  // Paused, it stays: after a look at another tab and back it stands where it stopped.
  const dock = new RunDock(page);
  await dock.openTab('Events');
  await expect(dock.panel.getByRole('group', { name: 'Replay' })).toBeVisible();
  await dock.openTab('History');
  await expect(dock.pastRuns.first()).toBeVisible();
  expect(await bar.position()).toBe(paused);
  // Scrubbing while playing pauses too.
  await bar.play.click();
  await expect(bar.root).toHaveAttribute('data-playing', 'true');
  await bar.scrubber.fill('2');
  await expect(bar.root).toHaveAttribute('data-playing', 'false');
  await expect(bar.step).toHaveText(/^2\//);
});

test('the replay bar while playing, with a countdown in a long gap, light and dark', async ({
  designer,
}) => {
  const { page } = designer;
  const bar = await replayIvrRun(designer);
  // At 1× the menu's wait for a key is a gap of seconds: the bar counts it down.
  await bar.scrubber.fill('0');
  await bar.speed.selectOption({ label: '1×' });
  await bar.play.click();
  await expect(bar.step).toHaveAttribute('data-waiting', 'true', { timeout: 20_000 });
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(bar.root).toHaveAttribute('data-playing', 'true');
      await page.screenshot({
        path: test.info().outputPath(`replay-playing-${size.width}-${scheme}.png`),
      });
    }
  }
  await bar.close.click();
  await expect(bar.root).toHaveCount(0);
});

test('Export report writes a self-contained page with the path, labels and events in words', async ({
  designer,
  browser,
}) => {
  const { page } = designer;
  const bar = await replayIvrRun(designer);
  const downloading = page.waitForEvent('download');
  await bar.exportReport.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^IVR menu - run-.*\.html$/);
  const html = await readFile((await download.path())!, 'utf8');

  // Opened on its own, with no network: a page of its own, nothing to fetch.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    offline: true,
  });
  const report = await context.newPage();
  const requests: string[] = [];
  report.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  await report.setContent(html);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('IVR menu');
  const picture = report.getByRole('img', { name: 'The flow with the path taken' });
  await expect(picture).toBeVisible();
  await expect(picture.locator('g.node')).toHaveCount(11);
  await expect(picture.locator('g.node[data-visited="true"]')).toHaveCount(6);
  await expect(picture.locator('g.node[data-node-id="sales"]')).toHaveAttribute(
    'data-visited',
    'true',
  );
  await expect(picture.locator('g.node[data-node-id="menu"]')).toContainText(MENU_IN_HINDI);
  await expect(report.getByRole('list', { name: 'Path' })).toContainText(
    `Call to the support line→Answer→Welcome→${MENU_IN_HINDI}→Sales→Hang up`.replace(/→/g, ''),
  );
  const timeline = report.locator('tbody tr');
  await expect(timeline.filter({ hasText: 'Caller pressed 2' })).toHaveCount(1);
  await expect(timeline.filter({ hasText: 'Caller pressed 2' })).toContainText(MENU_IN_HINDI);
  await expect(timeline.filter({ hasText: /Say started on Caller: “Welcome to Acme/ })).toHaveCount(
    1,
  );
  // The Hindi name is drawn with the Devanagari font the file carries.
  // (Strings, as these specs are typed without the DOM's names.)
  await report.evaluate('document.fonts.ready.then(() => undefined)');
  const devanagari = await report.evaluate(
    `[...document.fonts].some((face) => face.family.includes('Devanagari') && face.status === 'loaded')`,
  );
  expect(devanagari).toBe(true);
  expect(await report.evaluate('getComputedStyle(document.body).fontFamily')).toMatch(/^Inter, /);
  expect(requests).toEqual([]);
  await report.screenshot({ path: test.info().outputPath('replay-report.png') });
  await report.getByRole('heading', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  await report.screenshot({ path: test.info().outputPath('replay-report-timeline.png') });
  await writeFile(test.info().outputPath('replay-report.html'), html);
  await context.close();
});
