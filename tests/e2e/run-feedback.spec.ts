import { expect, test } from './fixtures';
import { ProblemsPanel } from './pages/problems-panel';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

const CALLER = '09876500009'; // the phonebook's interactive party: driven from the virtual phone

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

/** The colours of the run's rings, as computed styles spell them (run.css, base.css). */
const RING = {
  failed: 'rgb(217, 45, 32)',
  paused: 'rgb(245, 158, 11)',
  // The IVR's Caller leg is blue: the cursor's node glows in it.
  active: 'rgb(37, 99, 235)',
};

test('a flow with errors asks before it runs, and a run that fails marks the node and says why in full', async ({
  designer,
}) => {
  const { page, canvas, inspector } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  const problems = new ProblemsPanel(page);
  await designer.files.openTemplate('IVR menu');
  await canvas.select('gather');
  await inspector.field('Number of digits').fill('0');
  await inspector.leaveField();
  await expect(problems.count).toHaveText('1');
  await dock.openTab('Phone');
  await canvas.clickEmpty();

  // "Show them" is the focused answer: Enter opens Problems, selects the node and runs nothing.
  await run.button('Run').click();
  await expect(run.problemsDialog).toHaveAccessibleName('1 problem: run anyway?');
  await expect(run.problemsDialog).toContainText(
    '"Main menu": Number of digits must be from 1 to 50.',
  );
  await expect(run.problemsDialog.getByRole('button', { name: 'Show them' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('run-anyway.png') });
  await page.keyboard.press('Enter');
  await expect(run.problemsDialog).toHaveCount(0);
  await expect(problems.tab).toHaveAttribute('aria-selected', 'true');
  await expect(problems.row('Number of digits')).toBeVisible();
  await expect(canvas.wrapper('gather')).toHaveClass(/selected/);
  await expect(run.status).toHaveText('');
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'idle');

  // Escape neither runs nor shows; "Run anyway" runs.
  await run.button('Run').click();
  await page.keyboard.press('Escape');
  await expect(run.problemsDialog).toHaveCount(0);
  await expect(run.status).toHaveText('');
  await run.button('Run').click();
  await run.problemsDialog.getByRole('button', { name: 'Run anyway' }).click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn(CALLER);

  // The platform refuses the Gather: the run fails there, and the node shows it, selected too.
  await expect(run.status).toHaveText(/^Failed: "Main menu" failed: /, { timeout: 10_000 });
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'failed');
  await canvas.select('gather');
  await expect(canvas.wrapper('gather')).toHaveClass(/selected/);
  await expect(run.ring('menu')).toHaveCSS('stroke', RING.failed);
  await expect(run.node('welcome')).toHaveAttribute('data-run-state', 'visited');

  // The title bar has room for the start of the reason; the whole of it opens beneath.
  const reason = (await run.status.textContent())!;
  expect(reason).toContain('numDigits must be a whole number from 1 to 50, not "0".');
  await expect(run.status).toHaveAttribute('title', reason);
  await expect(run.message.locator('p')).toHaveText(reason);
  await expect(run.message).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('run-failed.png') });
  await run.more.click();
  await expect(run.message).toHaveCount(0);
  await expect(run.more).toHaveText('More');
  await run.more.click();
  await expect(run.message).toBeVisible();
});

test('Pause answers at once while a Gather listens, and a selected node keeps its run marks', async ({
  designer,
}) => {
  const { page, canvas, inspector } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await designer.files.openTemplate('IVR menu');
  await canvas.select('gather');
  // A menu that listens long enough that what is tested is Pause, not the menu's time-out.
  await inspector.field('Time-out').fill('60');
  await inspector.leaveField();
  await page.keyboard.press('F9');

  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn(CALLER);
  await expect(run.status).toHaveText('Paused before Main menu (breakpoint)', { timeout: 10_000 });
  // Selected and paused: the amber ring stays, and the selection is drawn around it.
  await expect(canvas.wrapper('gather')).toHaveClass(/selected/);
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'paused');
  await expect(run.ring('menu')).toHaveCSS('stroke', RING.paused);
  await expect(run.node('menu')).toHaveCSS('outline-style', 'solid');
  await page.screenshot({ path: test.info().outputPath('paused-selected.png') });

  await run.button('Continue').click();
  await expect(dock.liveLegs.first()).toContainText('Listening for keys', { timeout: 10_000 });
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'active');
  await expect(run.ring('menu')).toHaveCSS('stroke', RING.active);
  await expect(run.status).toHaveText('Running');

  // The run can only pause before its next node; the toolbar says so the moment Pause is pressed.
  await run.button('Pause').click();
  await expect(run.status).toHaveText('Pausing before the next node');
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'active');
  await dock.key('2').click();
  await expect(run.status).toHaveText('Paused before Sales (paused)', { timeout: 10_000 });
  await run.button('Continue').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 10_000 });
});
