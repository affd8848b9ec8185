import { expect, test } from './fixtures';
import { DesignerPage } from './pages/designer-page';
import { RunDock } from './pages/run-dock';
import { RunMarks } from './pages/run-marks';
import { RunToolbar } from './pages/run-toolbar';
import { RunsElsewhere } from './pages/runs-elsewhere';

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/**
 * Runs the open Click to call until the agent and the customer are bridged (both answer by
 * themselves, as their personas do), and the phone shows both calls in the bridge.
 */
async function runUntilBridged(page: DesignerPage['page']): Promise<void> {
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await run.button('Run').click();
  await expect(run.node('connect')).toHaveAttribute('data-run-state', 'active', {
    timeout: 30_000,
  });
  await dock.openTab('Phone');
  await expect(dock.liveLegs.filter({ hasText: 'In a bridge' })).toHaveCount(2);
}

test('a run outlives its tab: a tab opened later shows it, and Stop there hangs up both legs', async ({
  designer,
  context,
  webServer,
}) => {
  await designer.files.openTemplate('Click to call');
  await runUntilBridged(designer.page);
  await designer.page.close();

  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const again = new DesignerPage(page);
  await again.open(webServer.openUrl);
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  // The blank new tab opens the run's flow and shows the run as it stands: glow, toolbar, panels.
  await expect(again.files.documentName).toContainText('Click to call');
  await expect(run.node('connect')).toHaveAttribute('data-run-state', 'active');
  await expect(run.node('brief')).toHaveAttribute('data-visits', '1');
  await expect(run.edge('e6')).toHaveAttribute('data-run', 'flowing');
  await expect(run.status).toHaveAttribute('data-phase', 'running');
  await expect(run.button('Stop')).toBeEnabled();
  await expect(run.button('Pause')).toBeEnabled();
  await expect(run.button('Run')).toBeDisabled();
  await dock.openTab('Events');
  await expect(dock.timeline.filter({ hasText: 'leg_answered' })).toHaveCount(2);
  await dock.openTab('History');
  await expect(dock.pastRuns.first()).toContainText('Click to call');
  await expect(dock.pastRuns.first()).toContainText('running');
  await dock.openTab('Phone');
  await expect(dock.liveLegs.filter({ hasText: 'In a bridge' })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('attached-run.png') });

  await run.button('Stop').click();
  await expect(run.status).toHaveText(/^Stopped: /, { timeout: 15_000 });
  await expect(run.activeNodes()).toHaveCount(0);
  await expect(dock.liveLegs).toHaveCount(0);
  await expect(dock.panel).toContainText('No live calls.');
  await dock.openTab('History');
  await expect(dock.pastRuns.first()).toContainText('stopped');
});

test('another flow shows nothing of a run: it is named, opened again, or stopped from there', async ({
  designer,
}) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  const marks = new RunMarks(page);
  const elsewhere = new RunsElsewhere(page);
  await designer.files.openTemplate('Click to call');
  // Saved, so that opening the run again opens its file.
  await designer.files.saveAs('ownership-click-to-call');
  // A breakpoint the run does not reach while the call is bridged: it belongs to this flow.
  // F9 acts on the selected node: click until the click has selected it (a click while the
  // canvas still settles after Save as can be lost).
  await expect(async () => {
    await run.node('done').click({ position: { x: 40, y: 14 } });
    await expect(page.locator('.react-flow__node[data-id="done"]')).toHaveClass(/selected/, {
      timeout: 1_000,
    });
  }).toPass();
  await page.keyboard.press('F9');
  await expect(run.node('done')).toHaveAttribute('data-breakpoint', 'on');
  await runUntilBridged(page);

  // Another flow while the run goes on: nothing of the run on its canvas, the run is named.
  await designer.files.openTemplate('IVR menu');
  await expect(run.node('menu')).toBeVisible();
  await expect(elsewhere.run('Click to call')).toBeVisible();
  await expect(marks.all()).toHaveCount(0);
  await expect(run.status).toHaveText('');
  await expect(run.button('Stop')).toBeDisabled();
  await dock.openTab('Events');
  await expect(dock.timeline).toHaveCount(0);
  await dock.openTab('Legs');
  await expect(dock.panel.getByRole('table', { name: 'Legs' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('run-elsewhere.png') });

  // Open it: its own file again, the run shown where it stands.
  await elsewhere.openIt('Click to call');
  await expect(designer.files.documentName).toContainText('ownership-click-to-call.legflow.json');
  await expect(run.node('connect')).toHaveAttribute('data-run-state', 'active');
  await expect(run.node('done')).toHaveAttribute('data-breakpoint', 'on');
  await expect(elsewhere.runs).toHaveCount(0);

  // Stop it from a new flow: the run ends and hangs up, and the notice goes.
  await designer.files.button('New').click();
  await expect(elsewhere.run('Click to call')).toBeVisible();
  await elsewhere.stopIt('Click to call');
  await expect(elsewhere.runs).toHaveCount(0, { timeout: 15_000 });
  await dock.openTab('Phone');
  await expect(dock.liveLegs).toHaveCount(0);

  // A finished run stays on its flow only: the same template again starts clean.
  await designer.files.openTemplate('Click to call');
  await expect(run.node('connect')).toBeVisible();
  await expect(marks.all()).toHaveCount(0);
  await expect(run.status).toHaveText('');
});

test('a run that ends on its own flow leaves no marks on the next flow opened', async ({
  designer,
}) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  const marks = new RunMarks(page);
  await designer.files.openTemplate('Click to call');
  await runUntilBridged(page);
  await run.button('Stop').click();
  await expect(run.status).toHaveText(/^Stopped: /, { timeout: 15_000 });
  await expect(marks.visitCounts.first()).toBeVisible();

  // The same nodes again (a fresh copy of the template): no marks, no status, no events.
  await designer.files.openTemplate('Click to call');
  await expect(run.node('connect')).toBeVisible();
  await expect(marks.all()).toHaveCount(0);
  await expect(run.status).toHaveText('');
  await dock.openTab('Events');
  await expect(dock.timeline).toHaveCount(0);
});
