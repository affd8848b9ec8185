import { defaultParams } from '../../shared/catalog';
import type { NodeKind, Params } from '../../shared/catalog';
import { serializeFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/designer-page';
import { LiveRun } from './pages/live-run';
import { PaceControls } from './pages/pace-controls';
import { RunToolbar } from './pages/run-toolbar';
import type { WorkspaceFolder } from './workspace-folder';

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** The phonebook's "Asha Rao": answers after 2 s and talks until the flow hangs up. */
const ANSWERING = '09163816621';

function node(id: string, kind: NodeKind, y: number, params: Params, leg: string | null) {
  return {
    id,
    kind,
    leg,
    label: '',
    position: { x: 0, y },
    params: { ...defaultParams(kind), ...params },
  };
}

/** Calls Asha, holds the call on a 30 s Wait, then hangs up. */
const HOLD_CALL: FlowDocument = {
  format: 'legflow.flow',
  version: 2,
  name: 'Hold on',
  legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
  nodes: [
    node('call', 'outbound-call', 0, { contact_uri: ANSWERING, exophone: '08030752400' }, 'caller'),
    node('hold', 'wait', 160, { seconds: 30 }, null),
    node('bye', 'hangup', 320, {}, 'caller'),
  ],
  edges: [
    { id: 'e1', from: 'call', port: 'answered', to: 'hold' },
    { id: 'e2', from: 'hold', port: 'next', to: 'bye' },
  ],
  notes: [],
  variables: {},
};

async function openHoldCall(designer: DesignerPage, workspace: WorkspaceFolder): Promise<void> {
  await workspace.write('hold-on.legflow.json', serializeFlow(HOLD_CALL));
  await designer.files.open('hold-on');
}

// The worker's backend (and its simulator) outlives a test: give back the speed it had.
let speedBefore: number | undefined;
test.beforeEach(async ({ backend }) => {
  const pace = await backend.dispatch('pace.get', undefined);
  speedBefore = pace.ok ? (pace.value as { speed: number }).speed : undefined;
});
test.afterEach(async ({ backend }) => {
  if (speedBefore !== undefined) await backend.dispatch('pace.setSpeed', { speed: speedBefore });
});

test('a faster speed mid-run ends the same run’s wait sooner', async ({ designer, workspace }) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const pace = new PaceControls(page);
  await openHoldCall(designer, workspace);

  await run.button('Run').click();
  await expect(pace.nodeCountdown('hold')).toHaveText(/^\d+ s$/, { timeout: 30_000 });
  await expect(pace.countdown).toHaveText(/^\d+ s$/);
  await expect(pace.skip).toBeEnabled();
  // At half speed the 30 s Wait would take a minute of real time...
  await pace.choose(0.5);
  await expect(pace.speed).toHaveValue('0.5');
  await expect(run.status).toHaveText('Running');
  await expect(run.node('hold')).toHaveAttribute('data-run-state', 'active');
  // ...at 20× it is over in a moment: the run goes on from where it was, not from the start.
  await pace.choose(20);
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 30_000 });
  await expect(run.node('call')).toHaveAttribute('data-visits', '1');
  await expect(run.node('hold')).toHaveAttribute('data-visits', '1');
  await expect(pace.nodeCountdown('hold')).toHaveCount(0);
  await expect(pace.countdown).toHaveText('');
  await expect(pace.skip).toBeDisabled();
});

test('Skip wait ends a Wait at once', async ({ designer, workspace }) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const pace = new PaceControls(page);
  await openHoldCall(designer, workspace);
  await pace.choose(1);
  await expect(pace.speed).toHaveValue('1');

  await run.button('Run').click();
  // The phone rings first (a countdown of its own, to its answer time-out): wait for the Wait.
  await expect(pace.nodeCountdown('hold')).toHaveText(/^\d+ s$/, { timeout: 30_000 });
  await expect(pace.countdown).toHaveAttribute('data-node', 'hold');
  // At real time the Wait has most of its 30 s to go...
  expect(await pace.secondsLeft()).toBeGreaterThan(15);
  await pace.skip.click();
  // ...and one press ends it: the call moves on to the hang-up and the run completes.
  await expect(run.node('hold')).toHaveAttribute('data-run-state', 'visited', { timeout: 10_000 });
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 10_000 });
  await expect(run.node('bye')).toHaveAttribute('data-visits', '1');
});

test('the pace controls fit the title bar at both sizes, light and dark', async ({
  designer,
  workspace,
}) => {
  const { page } = designer;
  const run = new RunToolbar(page);
  const pace = new PaceControls(page);
  await openHoldCall(designer, workspace);
  // Half speed: the Wait lasts a minute of real time, long enough to look at it.
  await pace.choose(0.5);
  await run.button('Run').click();
  await expect(pace.nodeCountdown('hold')).toHaveText(/^\d+ s$/, { timeout: 60_000 });
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      for (const control of [pace.speed, pace.skip, pace.countdown, run.button('Stop')]) {
        await expect(control).toBeInViewport({ ratio: 1 });
      }
      await page.screenshot({ path: test.info().outputPath(`pace-${width}-${scheme}.png`) });
    }
  }
  await run.button('Stop').click();
  await expect(run.status).toHaveText(/^Stopped/, { timeout: 30_000 });
});

test('the speed and skip are off on a live profile, and say why', async ({ designer }) => {
  const pace = new PaceControls(designer.page);
  const live = new LiveRun(designer.page);
  await expect(pace.speed).toBeEnabled();
  await expect(pace.skip).toBeDisabled();
  await live.addProfile({
    name: 'Pace e2e',
    baseUrl: 'https://legs.example.invalid',
    accountSid: 'AC1',
    apiKey: 'key1',
    listenerPort: '0',
  });
  await live.choose('Pace e2e');
  await expect(pace.speed).toBeDisabled();
  await expect(pace.speedBox).toHaveAttribute('title', /Live calls go at real time/);
  await expect(pace.skipBox).toHaveAttribute('title', /live call’s time is real/);
  await live.choose('Simulator');
  await expect(pace.speed).toBeEnabled();
});
