import { MockAgent } from 'undici';
import type { MockPool } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IpcError } from '../../../shared/ipc';
import type { CallLookupReply } from '../../../shared/ipc';
import { lookUpCallLegs } from '../../../electron/backend/call-legs-lookup';
import {
  callLookupCommands,
  NEEDS_LIVE_PROFILE,
} from '../../../electron/backend/call-lookup-commands';
import { EnvSecretStore } from '../../../electron/settings/secret-store';
import { liveProfileSchema } from '../../../electron/settings/settings-schema';
import type { Settings } from '../../../electron/settings/settings-schema';
import { fakeClock } from '../legs-api/legs-api-fixture';
import { createTempBackend } from './temp-backend';

const TOKEN = 'tok-LOOKUP-secret-77f1';
const CALL = 'f1ca1057692d586b23b4e7ffcc3216mk';
const PATH = `/v3/accounts/exotel/calls/${CALL}/legs`;
/** Singapore: v2 on cpaas-api, the call legs on the v3 host. */
const V3 = 'https://ccm-api.exotel.com';
const PROFILE = liveProfileSchema.parse({
  name: 'Staging',
  region: 'singapore',
  accountSid: 'exotel',
  apiKey: 'key-1',
});

/** Seed 003's sample reply, word for word. */
const SEED_REPLY = {
  request_id: 'faf6d9fd87eb4dd6aef3967c40e369ed',
  method: 'GET',
  http_code: 200,
  metadata: null,
  response: {
    code: 200,
    error_data: null,
    status: 'success',
    leg_details: {
      call_sid: CALL,
      account_sid: 'exotel',
      from: [
        {
          sid: '213f2560d153d744cd61eb81a98616ak',
          name: 'Aditya Sharma',
          contact_uri: '0987xxxxxxx',
          date_created: '2020-09-15 11:01:20+05:30',
          date_updated: '2020-09-15 11:02:20+05:30',
          status: 'completed',
        },
        {
          sid: '813f2660d153d744cd61eb81a98616ak',
          name: null,
          contact_uri: '09976xxxxxx',
          date_created: '2020-09-15 11:03:20+05:30',
          date_updated: '2020-09-15 11:04:20+05:30',
          status: 'completed',
        },
      ],
      to: [
        {
          sid: '922g2560d153d744cd61eb81a92616am',
          name: 'Vikas Sharma',
          contact_uri: 'sip:vikassffbbfc17',
          date_created: '2020-09-15 11:01:20+05:30',
          date_updated: '2020-09-15 11:02:20+05:30',
          status: 'no-answer',
          group_id: 123456,
          group_name: 'test_group',
        },
        {
          sid: '544r1560d153d754cd61tb83a77616ak',
          name: 'Sanjay Mishra',
          contact_uri: '08887xxxxxx',
          date_created: '2020-09-15 11:03:20+05:30',
          date_updated: '2020-09-15 11:04:20+05:30',
          status: 'completed',
          group_id: null,
          group_name: null,
        },
      ],
    },
  },
};

/** An error reply in v3's envelope (seed 003's table gives the status and the code). */
function v3Error(status: number, code: number, message: string) {
  return {
    request_id: `req-${code}`,
    method: 'GET',
    http_code: status,
    metadata: null,
    response: { code: status, status: 'failure', error_data: { code, message, description: '' } },
  };
}

let agent: MockAgent;
let pool: MockPool;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  pool = agent.get(V3);
});
afterEach(async () => {
  agent.assertNoPendingInterceptors();
  await agent.close();
});

let clock: ReturnType<typeof fakeClock>;

function lookUp(callSid = CALL): Promise<CallLookupReply> {
  clock = fakeClock();
  return lookUpCallLegs(PROFILE, TOKEN, callSid, { dispatcher: agent, clock });
}

describe('looking up a call’s legs', () => {
  it('asks the v3 host with the profile’s Basic auth and shows seed 003’s reply by side', async () => {
    pool
      .intercept({
        path: PATH,
        method: 'GET',
        headers: {
          authorization: `Basic ${Buffer.from(`key-1:${TOKEN}`).toString('base64')}`,
        },
      })
      .reply(200, SEED_REPLY);

    const reply = await lookUp();

    expect(reply).toEqual({
      found: true,
      call: {
        callSid: CALL,
        accountSid: 'exotel',
        from: [
          {
            sid: '213f2560d153d744cd61eb81a98616ak',
            name: 'Aditya Sharma',
            number: '0987xxxxxxx',
            status: 'completed',
            createdAt: '2020-09-15 11:01:20+05:30',
            updatedAt: '2020-09-15 11:02:20+05:30',
            groupId: null,
            groupName: null,
          },
          expect.objectContaining({ name: null, number: '09976xxxxxx' }),
        ],
        to: [
          expect.objectContaining({
            name: 'Vikas Sharma',
            number: 'sip:vikassffbbfc17',
            status: 'no-answer',
            groupId: '123456',
            groupName: 'test_group',
          }),
          expect.objectContaining({ name: 'Sanjay Mishra', groupId: null, groupName: null }),
        ],
      },
    });
  });

  it.each([
    [401, 1010, 'Authentication failed', 'auth', /refused the API key and token of “Staging”/],
    [404, 1017, 'Tenant not found', 'tenant-not-found', /does not know account exotel.*1017/],
    [404, 10744, 'Call not found', 'call-not-found', /has no call f1ca.*call not found/],
    [500, 10743, 'Legs not found', 'legs-not-found', /no legs for call f1ca.*10743/],
    [500, 10715, 'Error retrieving leg details', 'legs-unavailable', /could not read the legs/],
    [403, 403, 'Forbidden', 'forbidden', /may not look up calls of account exotel/],
  ] as const)(
    'says %i (code %i, “%s”) in plain words',
    async (status, code, platformSays, reason, words) => {
      pool
        .intercept({ path: PATH, method: 'GET' })
        .reply(status, v3Error(status, code, platformSays));

      const reply = await lookUp();

      expect(reply).toMatchObject({ found: false, reason, message: expect.stringMatching(words) });
      expect(JSON.stringify(reply)).not.toContain(TOKEN);
    },
  );

  it('gives the request id of a platform failure, which support asks for', async () => {
    pool.intercept({ path: PATH, method: 'GET' }).reply(500, v3Error(500, 10715, 'Error'));

    expect(await lookUp()).toMatchObject({
      requestId: 'req-10715',
      message: expect.stringContaining('Request id req-10715'),
    });
  });

  it('waits out a 429 only briefly, then says to wait a minute', async () => {
    pool
      .intercept({ path: PATH, method: 'GET' })
      .reply(429, v3Error(429, 10724, 'Too many requests'), { headers: { 'retry-after': '2' } })
      .times(3);

    expect(await lookUp()).toMatchObject({
      found: false,
      reason: 'rate-limited',
      message: expect.stringMatching(/Too many requests.*Wait a minute/),
    });
    // A run would wait 429s out for minutes; a person at the form waits seconds.
    expect(clock.sleeps).toEqual([2000, 2000]);
  });

  it('says the platform cannot be reached when the network is down, without the token', async () => {
    const refused = () =>
      Object.assign(new Error(`connect ECONNREFUSED ${TOKEN}`), { code: 'ECONNREFUSED' });
    pool.intercept({ path: PATH, method: 'GET' }).replyWithError(refused()).times(2);

    const reply = await lookUp();

    expect(reply).toMatchObject({
      found: false,
      reason: 'network',
      message: expect.stringMatching(
        /^Cannot reach https:\/\/ccm-api\.exotel\.com: connection refused\..*network connection/,
      ),
    });
    expect(JSON.stringify(reply)).not.toContain(TOKEN);
  });

  it('says so when the reply is not the platform’s', async () => {
    pool.intercept({ path: PATH, method: 'GET' }).reply(200, '<html>proxy login</html>');

    expect(await lookUp()).toMatchObject({
      found: false,
      reason: 'bad-reply',
      message: expect.stringContaining('not understood'),
    });
  });
});

describe('calls.lookUpLegs', () => {
  const settings: Settings = { format: 'legflow.settings', version: 1, profiles: [PROFILE] };
  const asked: string[] = [];
  const commands = (env: NodeJS.ProcessEnv) =>
    callLookupCommands({
      readSettings: async () => settings,
      secrets: new EnvSecretStore(env),
      lookUp: async (profile, token, callSid) => {
        asked.push(`${profile.name} ${callSid} ${token === TOKEN ? 'token' : 'other'}`);
        return { found: true, call: { callSid, accountSid: null, from: [], to: [] } };
      },
    })['calls.lookUpLegs'];

  it('looks up on the live profile with its token from the store', async () => {
    const reply = await commands({ LEGFLOW_API_TOKEN_STAGING: TOKEN })({
      profile: 'Staging',
      callSid: CALL,
    });
    expect(reply).toMatchObject({ found: true });
    expect(asked).toEqual([`Staging ${CALL} token`]);
  });

  it('says the Simulator profile cannot look calls up, and what to do instead', async () => {
    const reply = await commands({})({ profile: 'Simulator', callSid: CALL });
    expect(reply).toEqual({
      found: false,
      reason: 'needs-live-profile',
      message: NEEDS_LIVE_PROFILE,
    });
  });

  it('says where the token goes when there is none', async () => {
    const reply = await commands({})({ profile: 'Staging', callSid: CALL });
    expect(reply).toMatchObject({
      found: false,
      reason: 'no-token',
      message: expect.stringContaining('LEGFLOW_API_TOKEN_STAGING'),
    });
  });

  it('refuses a profile that does not exist', async () => {
    await expect(commands({})({ profile: 'Prod', callSid: CALL })).rejects.toEqual(
      new IpcError('not-found', 'There is no profile called “Prod”.'),
    );
  });
});

describe('calls.lookUpLegs through the backend', () => {
  it('is in the contract: a bad call sid is refused, the Simulator says what to choose', async () => {
    const temp = await createTempBackend();
    try {
      const bad = await temp.backend.dispatch('calls.lookUpLegs', {
        profile: 'Staging',
        callSid: '../legs',
      });
      expect(bad).toMatchObject({
        ok: false,
        error: { code: 'bad-request', problems: [expect.stringContaining('a call sid has only')] },
      });
      const simulator = await temp.backend.dispatch('calls.lookUpLegs', {
        profile: 'Simulator',
        callSid: CALL,
      });
      expect(simulator).toEqual({
        ok: true,
        value: { found: false, reason: 'needs-live-profile', message: NEEDS_LIVE_PROFILE },
      });
      expect(temp.bugs).toEqual([]);
    } finally {
      await temp.dispose();
    }
  });
});
