import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXOPHONE, startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';

let h: SimHarness;
let valid: Record<string, unknown>;

beforeAll(async () => {
  h = await startSimHarness();
  valid = { contact_uri: '09163816621', exophone: EXOPHONE, leg_event_endpoint: h.endpoint };
});

afterAll(async () => {
  await h.close();
});

/** A body change, and the field the 400 must name. */
type Case = [description: string, change: Record<string, unknown>, field: string];

const without = (field: string) => ({ [field]: undefined });

const REJECTED: Case[] = [
  ['contact_uri is missing', without('contact_uri'), 'contact_uri'],
  ['exophone is missing', without('exophone'), 'exophone'],
  ['leg_event_endpoint is missing', without('leg_event_endpoint'), 'leg_event_endpoint'],
  ['the endpoint has no scheme', { leg_event_endpoint: '127.0.0.1:9001' }, 'leg_event_endpoint'],
  ['the endpoint is tcp://', { leg_event_endpoint: 'tcp://127.0.0.1:9001' }, 'leg_event_endpoint'],
  [
    'the endpoint is grpc:// with a path',
    { leg_event_endpoint: 'grpc://h:1/x' },
    'leg_event_endpoint',
  ],
  [
    'a sip: URI goes with pstn',
    { contact_uri: 'sip:agent@example.com', network_type: 'pstn' },
    'network_type',
  ],
  ['a sip: URI takes the pstn default', { contact_uri: 'sip:agent@example.com' }, 'network_type'],
  ['a number goes with voip', { network_type: 'voip' }, 'network_type'],
  ['network_type is neither pstn nor voip', { network_type: 'isdn' }, 'network_type'],
  ['contact_uri has no leading 0 or country code', { contact_uri: '9163816621' }, 'contact_uri'],
  ['contact_uri is too short', { contact_uri: '012345' }, 'contact_uri'],
  ['contact_uri is a US number', { contact_uri: '+14155550100' }, 'contact_uri'],
  ['contact_uri is a SIP URI without a domain', { contact_uri: 'sip:agent' }, 'contact_uri'],
  ['contact_uri is a number, not a string', { contact_uri: 9163816621 }, 'contact_uri'],
  ['exophone is not a number', { exophone: 'my-exophone' }, 'exophone'],
  ['timeout is 0', { timeout: 0 }, 'timeout'],
  ['timeout is negative', { timeout: -5 }, 'timeout'],
  ['timeout is a fraction', { timeout: 1.5 }, 'timeout'],
  ['timeout is text', { timeout: '30' }, 'timeout'],
  ['setup_timeout is 0', { setup_timeout: 0 }, 'setup_timeout'],
  ['ring_timeout is text', { ring_timeout: 'soon' }, 'ring_timeout'],
  ['time_limit is over 14400', { time_limit: 14401 }, 'time_limit'],
  ['time_limit is 0', { time_limit: 0 }, 'time_limit'],
  ['priority is neither normal nor high', { priority: 'urgent' }, 'priority'],
  [
    'the endpoint is grpcs://',
    { leg_event_endpoint: 'grpcs://127.0.0.1:9001' },
    'leg_event_endpoint',
  ],
  ['amd_enable is not a boolean', { amd_enable: 'yes' }, 'amd_enable'],
  ['custom_param is not a string', { custom_param: 42 }, 'custom_param'],
  ['reference_leg_sid names no leg', { reference_leg_sid: 'NOSUCHLEG00000' }, 'reference_leg_sid'],
];

const ACCEPTED: [string, Record<string, unknown>][] = [
  ['the seed example', {}],
  ['a number with +91', { contact_uri: '+919163816621' }],
  ['a number with 91', { contact_uri: '919163816621' }],
  ['a SIP URI on voip', { contact_uri: 'sip:agent@example.com', network_type: 'voip' }],
  ['an http:// endpoint', { leg_event_endpoint: 'http://127.0.0.1:1/events' }],
  ['an https:// endpoint', { leg_event_endpoint: 'https://events.example.com/exotel' }],
  // Seed 001: "applicable only when amd_enable is true": ignored (with a warning), not refused.
  ['async_amd without amd_enable', { async_amd: true }],
  ['async_amd with amd_enable false', { async_amd: true, amd_enable: false }],
  [
    'every option',
    {
      network_type: 'pstn',
      custom_param: 'x',
      timeout: 45,
      setup_timeout: 10,
      ring_timeout: 20,
      time_limit: 14400,
      requested_dc_code: '101',
      requested_nso_code: 'n1',
      amd_enable: true,
      async_amd: true,
      priority: 'high',
    },
  ],
];

describe('create-leg validation', () => {
  it.each(REJECTED)('answers 400 when %s, naming the field', async (_, change, field) => {
    const body = JSON.parse(JSON.stringify({ ...valid, ...change }));
    const reply = await h.api('POST', `${h.v2}/legs`, body);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      method: 'POST',
      http_code: 400,
      response: { data: null, error_data: { code: 400 } },
    });
    const { message, description } = reply.body.response.error_data;
    expect(message.startsWith(field) || message.includes(`${field}:`)).toBe(true);
    expect(description).toContain(field);
  });

  it.each(ACCEPTED)('accepts %s', async (_, change) => {
    const reply = await h.api('POST', `${h.v2}/legs`, { ...valid, ...change });
    expect(reply.status).toBe(202);
    expect(reply.body.response.error_data).toBeNull();
    // Hang the test's legs up so they do not ring on.
    await h.act(reply.body.response.data.leg_sid, '<Flow><Hangup/></Flow>');
  });

  it('lists every problem of a bad body in the description, the first in the message', async () => {
    const reply = await h.api('POST', `${h.v2}/legs`, { exophone: 'x', timeout: 0 });
    expect(reply.status).toBe(400);
    const { message, description } = reply.body.response.error_data;
    expect(message).toMatch(/^contact_uri is required/);
    for (const field of ['contact_uri', 'exophone', 'leg_event_endpoint', 'timeout']) {
      expect(description).toContain(field);
    }
  });
});
