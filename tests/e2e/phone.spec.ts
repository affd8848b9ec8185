import { expect, test } from './fixtures';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

const AGENT = '09163816621'; // the Click to call example's agent: Asha Rao in the phonebook

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.describe('the virtual phone rings for the numbers handed to it', () => {
  test.afterEach(async ({ designer }) => {
    // The simulator is the worker's: give the number back to its persona for the next spec.
    const dock = new RunDock(designer.page);
    await dock.openTab('Phone');
    const ringsHere = dock.answering(AGENT);
    if (await ringsHere.isChecked()) await ringsHere.uncheck();
    await expect(ringsHere).not.toBeChecked();
  });

  test('answers a call the flow places, then hangs up', async ({ designer }) => {
    const { page } = designer;
    const run = new RunToolbar(page);
    const dock = new RunDock(page);
    await designer.files.openTemplate('Click to call');
    await dock.openTab('Phone');
    await expect(dock.answering(AGENT)).not.toBeChecked();
    await dock.answering(AGENT).check();
    await expect(dock.panel.locator(`.answering__row[data-number="${AGENT}"]`)).toContainText(
      'rings here',
    );

    await run.button('Run').click();
    const agent = dock.liveLegs.filter({ hasText: AGENT });
    await expect(agent).toContainText('Ringing');
    await expect(run.node('call-agent')).toHaveAttribute('data-run-state', 'active');
    await page.screenshot({ path: test.info().outputPath('phone-ringing.png') });
    await agent.getByRole('button', { name: 'Answer' }).click();

    // Answered: the flow briefs the agent, then rings the customer (who answers by himself)
    // and bridges the two; hanging up the agent ends the bridge and the run.
    await expect(run.node('brief')).toHaveAttribute('data-run-state', /active|visited/);
    await expect(run.node('connect')).toHaveAttribute('data-run-state', 'active', {
      timeout: 15_000,
    });
    await expect(agent).toContainText('In a bridge');
    await agent.getByRole('button', { name: 'Hang up' }).click();
    await expect(run.status).toHaveText(/^Completed: /, { timeout: 15_000 });
    await expect(dock.liveLegs).toHaveCount(0);
  });

  test('rejects a call the flow places: the flow takes its failure branch', async ({
    designer,
  }) => {
    const { page } = designer;
    const run = new RunToolbar(page);
    const dock = new RunDock(page);
    await designer.files.openTemplate('Click to call');
    await dock.openTab('Phone');
    await dock.answering(AGENT).check();

    await run.button('Run').click();
    const agent = dock.liveLegs.filter({ hasText: AGENT });
    await expect(agent).toContainText('Ringing');
    await agent.getByRole('button', { name: 'Reject' }).click();
    await expect(run.status).toHaveText(/^Failed: The agent did not answer/, { timeout: 15_000 });
    await expect(run.node('agent-unreached')).toHaveAttribute('data-run-state', 'visited');
    await expect(run.node('brief')).toHaveAttribute('data-run-state', 'idle');
  });
});
