import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/designer-page';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

const CALLER = '09876500009'; // the phonebook's interactive party: driven from the virtual phone

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

/**
 * Presses Run, then calls the IVR's ExoPhone from the phone. A call that comes in before the run
 * listens on the ExoPhone rings with nobody to answer it, as on the real platform: so the call is
 * placed once the run says it is waiting.
 */
async function runAndCallIn(run: RunToolbar, dock: RunDock): Promise<void> {
  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn(CALLER);
}

/**
 * Opens the IVR menu template with its menu listening for 120 s rather than 10: at the tests'
 * ×5 a 10 s Gather listens for 2 s of real time, which a loaded machine can miss between showing
 * "Listening for keys" and the key press reaching the simulator.
 */
async function openIvrMenu(designer: DesignerPage): Promise<void> {
  await designer.files.openTemplate('IVR menu');
  await designer.canvas.select('gather');
  await designer.inspector.field('Time-out').fill('120');
  await designer.inspector.leaveField();
}

/** Runs the IVR menu template to its end: the phone's caller calls in and presses 2 (sales). */
async function runIvrPressing2(
  designer: DesignerPage,
  run: RunToolbar,
  dock: RunDock,
): Promise<void> {
  await openIvrMenu(designer);
  await runAndCallIn(run, dock);
  // Keys pressed before the Gather listens are lost, as on a real phone: wait until it does.
  await expect(dock.liveLegs.first()).toContainText('Listening for keys', { timeout: 10_000 });
  await dock.key('2').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 10_000 });
}

test('runs the IVR menu on the simulator, driven from the virtual phone', async ({ designer }) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await openIvrMenu(designer);
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'idle');

  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await expect(run.node('start')).toHaveAttribute('data-run-state', 'active');
  await dock.callIn(CALLER);
  await expect(dock.liveLegs).toHaveCount(1);
  await expect(run.status).toHaveText('Running');

  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'active', { timeout: 10_000 });
  // The line into the node the call is on flows; the ones behind it are drawn as taken.
  await expect(run.edge('e3')).toHaveAttribute('data-run', 'flowing');
  await expect(run.edge('e2')).toHaveAttribute('data-run', 'taken');
  await expect(run.edge('e4')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('run-at-menu.png') });
  // Keys pressed before the Gather listens are lost, as on a real phone: wait until it does.
  await expect(dock.liveLegs.first()).toContainText('Listening for keys', { timeout: 10_000 });
  await dock.key('2').click();
  await expect(run.node('sales')).toHaveAttribute('data-run-state', /active|visited/);
  await expect(run.port('menu', '2')).toHaveAttribute('data-taken', 'true');
  await expect(run.port('menu', '1')).not.toHaveAttribute('data-taken', /./);
  // The line taken (menu, key 2 → sales) is drawn in the run's colour; the one to support not.
  await expect(run.edge('e5')).toHaveCSS('stroke-width', '2.5px');
  await expect(run.edge('e4')).toHaveCount(0);
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 10_000 });
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'visited');
  await expect(run.node('sales')).toHaveAttribute('data-visits', '1');
  await expect(run.node('support')).toHaveAttribute('data-run-state', 'idle');
  await expect(run.activeNodes()).toHaveCount(0);
  await expect(dock.liveLegs).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('run-completed.png') });

  await dock.openTab('Events');
  await expect(dock.timeline.filter({ hasText: 'gather_success' })).toHaveCount(1);
  await dock.timeline.filter({ hasText: 'gather_success' }).getByRole('button').click();
  await expect(designer.canvas.wrapper('gather')).toHaveClass(/selected/);
  await dock.panel.getByLabel('Type').selectOption('API calls');
  await expect(dock.timeline.filter({ hasText: 'gather_success' })).toHaveCount(0);
  await expect(dock.timeline.filter({ hasText: 'legAction' }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('run-events.png') });
  await dock.openTab('Call ladder');
  await expect(page.getByRole('img', { name: 'Call ladder' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('run-ladder.png') });
  await dock.openTab('Legs');
  await expect(dock.panel.getByRole('table', { name: 'Legs' })).toContainText('completed');
});

test('pauses at a breakpoint, steps, continues and stops, hanging up', async ({ designer }) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await designer.files.openTemplate('IVR menu');
  await designer.canvas.select('gather');
  await page.keyboard.press('F9');
  await expect(run.node('menu')).toHaveAttribute('data-breakpoint', 'on');
  // A second breakpoint before the hang-up, so the run still holds the call when it is stopped.
  // The flow opens at a readable zoom with its start in view: the node is found (and centred)
  // with the search first, as a person would, since it may be out of view.
  await designer.canvas.clickEmpty();
  await page.keyboard.press('ControlOrMeta+f');
  await designer.canvas.searchBox.fill('Hang up');
  await expect(designer.canvas.searchResults.first()).toContainText('Hang up');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node[data-id="bye"]')).toHaveClass(/selected/);
  await page.keyboard.press('F9');
  await expect(run.node('bye')).toHaveAttribute('data-breakpoint', 'on');

  await runAndCallIn(run, dock);
  await expect(run.status).toHaveText('Paused before Main menu (breakpoint)', { timeout: 10_000 });
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'paused');
  await expect(run.node('welcome')).toHaveAttribute('data-run-state', 'visited');
  await page.screenshot({ path: test.info().outputPath('run-paused.png') });

  await run.button('Step').click();
  await expect(run.node('menu')).toHaveAttribute('data-visits', '1');
  // Nobody presses a key: the menu times out and the step ends before the next node.
  await expect(run.status).toHaveText('Paused before Nothing pressed (step)', { timeout: 10_000 });
  await run.button('Continue').click();
  await expect(run.status).toHaveText('Paused before Hang up (breakpoint)', { timeout: 10_000 });
  await dock.openTab('Phone');
  await expect(dock.liveLegs).toHaveCount(1);
  await run.button('Stop').click();
  await expect(run.status).toHaveText(/^Stopped: /);
  await expect(run.activeNodes()).toHaveCount(0);
  await dock.openTab('Phone');
  await expect(dock.liveLegs).toHaveCount(0);
  await expect(dock.panel).toContainText('No live calls.');
});

test('replays a finished run to a middle point', async ({ designer }) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await runIvrPressing2(designer, run, dock);

  await dock.openTab('History');
  const row = dock.pastRuns.filter({ hasText: 'completed' }).first();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Replay' }).click();
  await expect(dock.scrubber).toBeVisible();
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'visited');

  // Scrub back to where the run stood at the menu: sales not reached yet.
  const max = Number(await dock.scrubber.getAttribute('max'));
  let position = max;
  while (position > 0 && (await run.node('menu').getAttribute('data-run-state')) !== 'active') {
    position -= 1;
    await dock.scrubTo(position);
  }
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'active');
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'idle');
  await expect(run.node('welcome')).toHaveAttribute('data-run-state', 'visited');
  await expect(run.status).toHaveText(/^Replay: Running/);
  await page.screenshot({ path: test.info().outputPath('run-replay.png') });
});

test('replays a run of another flow on that flow, opened as an unsaved copy', async ({
  designer,
}) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await runIvrPressing2(designer, run, dock);

  await designer.files.chooseTemplate('Click to call');
  // The menu's longer time-out is an unsaved change to the template's copy.
  await designer.files
    .dialog('Save changes to “IVR menu”?')
    .getByRole('button', { name: 'Don’t save' })
    .click();
  await expect(run.node('menu')).toHaveCount(0);
  await dock.openTab('History');
  await dock.pastRuns
    .filter({ hasText: 'IVR menu' })
    .first()
    .getByRole('button', { name: 'Replay' })
    .click();
  await expect(dock.scrubber).toBeVisible();
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'visited');
  await expect(run.node('support')).toHaveAttribute('data-run-state', 'idle');
  await expect(page.getByRole('textbox', { name: 'Flow name' })).toHaveValue('IVR menu');
});
