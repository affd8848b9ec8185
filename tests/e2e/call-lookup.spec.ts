import { envTokenName } from '../../electron/settings/secret-store';
import { startSimulator } from '../../electron/simulator';
import type { RunningSimulator } from '../../electron/simulator';
import { expect, test } from './fixtures';
import { CallLookupPanel } from './pages/call-lookup-panel';
import { LiveRun } from './pages/live-run';

/**
 * Looking a call up from the dock, on a live profile whose platform is the simulator's HTTP API
 * started here: the v3 call-legs endpoint answers as Exotel's would, and no phone rings. The
 * token reaches the browser-mode backend through the profile's own environment variable.
 */
const TOKEN = 'tok-e2e-lookup-8d1c';
const ACCOUNT = { sid: 'AC42', key: 'key42', token: TOKEN };
const PROFILE = 'Lookup e2e';

let platform: RunningSimulator;
let agent: string;
let customer: string;

/** Creates a leg on the stand-in platform, as Click to Call would; returns its sid. */
async function dial(contactUri: string, extra: Record<string, string> = {}): Promise<string> {
  const reply = await fetch(`${platform.baseUrl}/v2/accounts/${ACCOUNT.sid}/legs`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${ACCOUNT.key}:${TOKEN}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      contact_uri: contactUri,
      exophone: '08030752400',
      leg_event_endpoint: 'grpc://127.0.0.1:9',
      ...extra,
    }),
  });
  const body = (await reply.json()) as { response: { data: { leg_sid: string } } };
  return body.response.data.leg_sid;
}

test.beforeAll(async () => {
  platform = await startSimulator({ speed: 20, account: ACCOUNT });
  agent = await dial('09163816621');
  customer = await dial('09876500001', { reference_leg_sid: agent });
});
test.afterAll(() => platform.close());
test.use({ viewport: { width: 1440, height: 900 } });

test('a call is looked up on a live profile: its legs by side, or why not in plain words', async ({
  designer,
}) => {
  const { page } = designer;
  const lookup = new CallLookupPanel(page);
  await lookup.open();

  // The Simulator profile has no v3 host to ask: the form says what to choose instead.
  await expect(lookup.note).toContainText('Looking up a call needs a live profile');
  await expect(lookup.callSid).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('call-lookup-simulator.png') });

  process.env[envTokenName(PROFILE)] = TOKEN;
  const live = new LiveRun(page);
  await live.addProfile({
    name: PROFILE,
    baseUrl: platform.baseUrl,
    accountSid: ACCOUNT.sid,
    apiKey: ACCOUNT.key,
    listenerPort: '0',
  });
  await live.choose(PROFILE);
  await lookup.open();
  await expect(lookup.note).toHaveCount(0);

  await lookup.callSid.fill('not a sid');
  await expect(lookup.panel).toContainText('a call sid has only letters, digits, - and _');
  await expect(lookup.lookUp).toBeDisabled();

  // Any leg of the call finds it: the customer's leg, here.
  await lookup.find(customer);
  await expect(lookup.legs('from')).toHaveCount(1);
  await expect(lookup.legs('from').first()).toContainText('Asha Rao');
  await expect(lookup.legs('from').first()).toContainText('09163816621');
  await expect(lookup.legs('to')).toHaveCount(1);
  await expect(lookup.legs('to').first()).toContainText('Quick Kiran');
  await expect(lookup.panel).toContainText(`Call ${agent} on account AC42`);
  await expect(lookup.panel).not.toContainText(TOKEN);
  await page.screenshot({ path: test.info().outputPath('call-lookup-light.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: test.info().outputPath('call-lookup-dark.png') });
  await lookup.panel.screenshot({ path: test.info().outputPath('call-lookup-panel-dark.png') });

  await lookup.find('NoSuchCall42');
  await expect(lookup.failure).toHaveText(
    'Account AC42 has no call NoSuchCall42 (404, call not found, code 10744). Check the call sid: it is the Call Sid that Click to Call returned.',
  );
  await expect(lookup.legs('from')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('call-lookup-failure-dark.png') });
});
