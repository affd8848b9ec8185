import type { Page } from '@playwright/test';
import { envTokenName } from '../../electron/settings/secret-store';
import { startSimulator } from '../../electron/simulator';
import type { RunningSimulator } from '../../electron/simulator';
import { expect, test } from './fixtures';
import { LiveRun } from './pages/live-run';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

/**
 * Running on a live profile from the UI, against the simulator's HTTP API started here as a
 * stand-in platform: no real phone rings. The token reaches the browser-mode backend the way a
 * user gives it, through the environment (the profile's own variable, so other specs in this
 * worker still see profiles without one).
 */
const TOKEN = 'tok-e2e-live-3b7f';
const ACCOUNT = { sid: 'AC99', key: 'key99', token: TOKEN };
const PATIENT = '09163816621';

let platform: RunningSimulator;

test.beforeAll(async () => {
  platform = await startSimulator({ speed: 20, account: ACCOUNT });
});
test.afterAll(() => platform.close());
test.describe.configure({ timeout: 60_000 });

/** A profile on the stand-in platform whose token is in the environment. */
function withToken(name: string) {
  process.env[envTokenName(name)] = TOKEN;
  return { name, baseUrl: platform.baseUrl, accountSid: ACCOUNT.sid, apiKey: ACCOUNT.key };
}

/** Adds the live profile, picks it, opens Click to call and presses Run: the consent dialog. */
async function askToRunClickToCall(
  designer: { page: Page; files: { openTemplate(name: string): Promise<void> } },
  profile: Parameters<LiveRun['addProfile']>[0],
) {
  const live = new LiveRun(designer.page);
  const run = new RunToolbar(designer.page);
  await live.addProfile(profile);
  await live.choose(profile.name);
  await designer.files.openTemplate('Click to call');
  await expect(run.node('call-agent')).toBeVisible();
  await run.button('Run').click();
  return live.consent(profile.name);
}

test('a live run lists its numbers first; Cancel starts nothing, going ahead runs it', async ({
  designer,
}) => {
  const { page } = designer;
  const live = new LiveRun(page);
  const run = new RunToolbar(page);
  await expect(live.picker).toHaveValue('Simulator');
  await live.addProfile({ ...withToken('Staging e2e'), listenerPort: '0' });
  await live.choose('Staging e2e');
  await designer.files.openTemplate('Appointment reminder');
  // The template loads behind the click; the run must plan the reminder, not the blank flow.
  await expect(run.node('dial')).toBeVisible();

  await new RunDock(page).openTab('Phone');
  await expect(page.getByRole('note')).toContainText('Simulator only.');
  await page.screenshot({ path: test.info().outputPath('phone-on-live.png') });

  await run.button('Run').click();
  await expect(live.consent('Staging e2e')).toBeVisible();
  await expect(live.numbers('Staging e2e')).toHaveCount(1);
  await expect(live.numbers('Staging e2e')).toContainText(PATIENT);
  // No public event endpoint: the platform is told our loopback listener, which this stand-in
  // platform (on this machine too) reaches, so there is nothing to warn about. Exotel's cloud
  // could not: the next test.
  await expect(live.consent('Staging e2e').getByRole('alert')).toHaveCount(0);
  await expect(live.button('Staging e2e', 'Call these numbers')).toBeEnabled();
  await live.button('Staging e2e', 'Cancel').click();
  await expect(live.consent('Staging e2e')).toHaveCount(0);
  await expect(run.node('dial')).toHaveAttribute('data-run-state', 'idle');
  await expect(run.status).toHaveText('');
  expect(platform.control.listLegs({ live: false })).toHaveLength(0);

  await run.button('Run').click();
  await live.button('Staging e2e', 'Call these numbers').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 30_000 });
  await expect(run.node('dial')).toHaveAttribute('data-run-state', 'visited');
  expect(platform.control.listLegs({ live: false }).map((leg) => leg.number)).toContain(PATIENT);
});

test('an endpoint on a private network is out of a cloud platform’s reach, and the dialog says so', async ({
  designer,
}) => {
  const { page } = designer;
  const live = new LiveRun(page);
  const run = new RunToolbar(page);
  const consent = await askToRunClickToCall(designer, {
    ...withToken('LAN endpoint e2e'),
    // A platform out on the internet, as Exotel's is; planning never calls it.
    baseUrl: 'https://legs.example.invalid',
    listenerPort: '0',
    eventEndpoint: 'grpc://192.168.0.10:9001',
  });
  await expect(consent.getByRole('alert')).toContainText(
    'No listener reachable from the platform: events would go to 192.168.0.10:9001, a private-network address.',
  );
  await expect(live.numbers('LAN endpoint e2e')).toHaveText([/09163816621/, /09876543210/]);
  // A warning, not a refusal: the person may still go ahead.
  await expect(live.button('LAN endpoint e2e', 'Call these numbers')).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('consent.png') });
  await live.button('LAN endpoint e2e', 'Cancel').click();
  await expect(consent).toHaveCount(0);
  await expect(run.node('call-agent')).toHaveAttribute('data-run-state', 'idle');
});

test('a live profile without a token cannot be run on, and says where the token goes', async ({
  designer,
}) => {
  const { page } = designer;
  const live = new LiveRun(page);
  const consent = await askToRunClickToCall(designer, {
    name: 'No token e2e',
    baseUrl: platform.baseUrl,
    accountSid: ACCOUNT.sid,
    apiKey: ACCOUNT.key,
    listenerPort: '0',
  });
  await expect(consent.getByRole('alert')).toContainText('The run cannot start.');
  await expect(consent.getByRole('alert')).toContainText(envTokenName('No token e2e'));
  await expect(live.button('No token e2e', 'Call these numbers')).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('consent-no-token.png') });
  await live.button('No token e2e', 'Cancel').click();
  await expect(consent).toHaveCount(0);
});

test('a number only known during the run cannot be confirmed for a live run', async ({
  designer,
}) => {
  const { page, canvas, inspector } = designer;
  const live = new LiveRun(page);
  const run = new RunToolbar(page);
  await live.addProfile({ ...withToken('Template e2e'), listenerPort: '0' });
  await live.choose('Template e2e');
  await designer.files.openTemplate('Appointment reminder');
  await expect(run.node('dial')).toBeVisible();
  await canvas.select('outbound-call');
  await inspector.field('Number to call').fill('{{digits}}');
  await inspector.leaveField();

  await run.button('Run').click();
  const consent = live.consent('Template e2e');
  await expect(live.numbers('Template e2e')).toHaveText([/\{\{digits\}\}/]);
  await expect(consent.getByRole('alert')).toContainText('The run cannot start.');
  await expect(consent.getByRole('alert')).toContainText(
    '“Call the patient” would dial a number only known once the run is going ({{digits}})',
  );
  await expect(live.button('Template e2e', 'Call these numbers')).toBeDisabled();
  await live.button('Template e2e', 'Cancel').click();
  await expect(consent).toHaveCount(0);
});
