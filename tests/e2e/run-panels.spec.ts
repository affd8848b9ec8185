import { serializeFlow } from '../../shared/flow';
import { sayChainFlow } from '../fixtures/say-chain-flow';
import { expect, test } from './fixtures';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** A call that answers and says 40 sentences: well over a hundred timeline lines. */
const LONG_CALL = sayChainFlow({ name: 'long-call', says: 40, text: 'Tick.', columns: 6 });

test('a long run keeps its newest events in view, and stays where the reader scrolled', async ({
  designer,
  workspace,
}) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  await workspace.write('long-call.legflow.json', serializeFlow(LONG_CALL));
  await designer.files.open('long-call');
  await dock.openTab('Events');
  const line = (position: number) => dock.panel.locator(`li[aria-posinset="${position}"]`);
  const scrollPanel = (top: number) =>
    dock.panel.evaluate((panel, to) => panel.scrollTo({ top: to }), top);

  // A breakpoint halfway holds the run still, so what the panel shows can be looked at. The flow
  // opens at a readable zoom with its start in view, so the node is found (and centred) first.
  await designer.canvas.clickEmpty();
  await page.keyboard.press('ControlOrMeta+f');
  await designer.canvas.searchBox.fill('Say 20');
  await expect(designer.canvas.searchResults.first()).toContainText('Say 20');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node[data-id="n20"]')).toHaveClass(/selected/);
  await page.keyboard.press('F9');
  await expect(run.node('n20')).toHaveAttribute('data-breakpoint', 'on');
  const lastDrawn = async () => {
    const size = Number(await dock.timeline.first().getAttribute('aria-setsize'));
    return line(size);
  };

  const pausedAtSay20 = () =>
    expect(run.status).toHaveText('Paused before Say 20 (breakpoint)', { timeout: 30_000 });

  // While the run goes on, the panel follows it...
  await run.button('Run').click();
  await pausedAtSay20();
  await expect(await lastDrawn()).toBeInViewport();
  // ...until the reader scrolls up: then it stays there as lines are added.
  await scrollPanel(0);
  await run.button('Continue').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 60_000 });
  await expect(line(1)).toBeInViewport();
  await expect(line(1)).toContainText('createLeg');

  // Only the lines in view (and a margin) are drawn; each says where it is in the whole list.
  const total = Number(await dock.timeline.first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThan(120);
  await expect(line(total)).toHaveCount(0);
  expect(await dock.timeline.count()).toBeLessThan(total);
  // Scrolled to the end, the last lines are drawn: the hang-up's event comes last.
  await scrollPanel(1_000_000);
  await expect(line(total)).toBeInViewport();
  await expect(line(total)).toContainText('leg_terminated');
  await expect(line(1)).toHaveCount(0);

  // The call ladder of a finished run opens at its start, and draws only the arrows in view.
  await dock.openTab('Call ladder');
  const arrows = dock.panel.locator('svg[aria-label="Call ladder"] g[data-kind]');
  await expect(arrows.first()).toBeInViewport();
  await expect(arrows.first()).toContainText('createLeg');
  expect(await arrows.count()).toBeLessThan(total);
  await scrollPanel(1_000_000);
  await expect(arrows.last()).toBeInViewport();
  await expect(arrows.last()).toContainText('leg_terminated');
  await expect(arrows.first()).not.toContainText('createLeg');

  // The reader scrolls up while lines are still coming in: the panel stays there.
  await dock.openTab('Events');
  await run.button('Run').click();
  await expect(line(12)).toBeAttached({ timeout: 20_000 });
  await scrollPanel(0);
  await pausedAtSay20();
  await expect(line(1)).toBeInViewport();

  // The next run starts the list again, and the panel follows it once more.
  await run.button('Stop').click();
  await expect(run.status).toHaveText(/^Stopped: /);
  await run.button('Run').click();
  await pausedAtSay20();
  const newest = await lastDrawn();
  await expect(newest).toBeInViewport();
  // Once the run ends, the panel stays where it stood.
  await run.button('Stop').click();
  await expect(run.status).toHaveText(/^Stopped: /);
  await expect(newest).toBeInViewport();
});
