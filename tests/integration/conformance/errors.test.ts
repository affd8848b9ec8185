import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawReply } from '../simulator/helpers/raw-api';
import { captureGrpc } from './helpers/capture';
import type { CaptureEndpoint } from './helpers/capture';
import { createLeg, msBetween } from './helpers/calls';
import { ACCOUNT, startLegflowSim } from './helpers/legflow-sim';
import type { LegflowSim } from './helpers/legflow-sim';
import {
  ERROR_FIELDS,
  EVENT_TABLE,
  V3_CALL_LEGS_REPLY_KEYS,
  V3_ERRORS,
  V3_RESPONSE_KEYS,
} from './seed-samples';

/**
 * Issue 16, point 4: errors as seeds 000, 001 and 003 list them — v3's error table and envelope,
 * `leg_terminated` with `event_data.error` when the leg failed, `answered_by` BEEP, and what
 * `leg_answered` carries with asynchronous AMD.
 */
let sim: LegflowSim;
let grpc: CaptureEndpoint;

beforeAll(async () => {
  [sim, grpc] = await Promise.all([startLegflowSim(), captureGrpc()]);
});

afterAll(async () => {
  sim.close();
  await grpc.close();
});

const seedError = (code: number) => V3_ERRORS.find((error) => error.code === code)!;

/** Checks a v3 error reply against seed 003's envelope and error table. */
function expectV3Error(reply: RawReply, code: number) {
  const { status, description } = seedError(code);
  expect(reply.status).toBe(status);
  expect(Object.keys(reply.body).sort()).toEqual([...V3_CALL_LEGS_REPLY_KEYS].sort());
  expect(Object.keys(reply.body.response).sort()).toEqual([...V3_RESPONSE_KEYS].sort());
  expect(reply.body).toMatchObject({
    http_code: status,
    metadata: null,
    response: { code: status, status: 'failure', leg_details: null },
  });
  expect(reply.body.response.error_data.code).toBe(code);
  // The seed's words, without its aside "(from Mavrix)".
  expect(description.startsWith(reply.body.response.error_data.message)).toBe(true);
}

describe('v3 call legs errors (seed 003)', () => {
  it("another account's sid is 404 with 1017 Tenant not found; v2 keeps its 403 (seed 000)", async () => {
    const v3 = await sim.api('GET', '/v3/accounts/someoneelse/calls/CALL1/legs');
    expectV3Error(v3, 1017);
    const v2 = await sim.api('GET', '/v2/accounts/someoneelse/legs/LEG1');
    expect(v2.status).toBe(403);
  });

  it('a call it does not know is 404 with 10744; bad credentials 401 with 1010', async () => {
    expectV3Error(await sim.api('GET', `${sim.v3}/calls/NOCALL/legs`), 10744);
    const unauthorised = await sim.api('GET', `${sim.v3}/calls/NOCALL/legs`, undefined, {
      credentials: { key: ACCOUNT.key, token: 'wrong' },
    });
    expectV3Error(unauthorised, 1010);
  });

  it.each([[10743], [10715]])('answers 500 with %i when the fault asks for it', async (code) => {
    const faulty = await startLegflowSim(['--faults', `${code}=1`]);
    try {
      expectV3Error(await faulty.api('GET', `${faulty.v3}/calls/ANY/legs`), code);
      // v2 is not touched by these faults.
      expect((await faulty.api('GET', `${faulty.v2}/legs/NOLEG`)).status).toBe(404);
    } finally {
      faulty.close();
    }
  });

  it("throttles v3 with 429 and 10724 in v3's own envelope, with Retry-After", async () => {
    const limited = await startLegflowSim(['--rate-limit', '1']);
    try {
      await limited.api('GET', `${limited.v3}/calls/NOCALL/legs`);
      const reply = await limited.api('GET', `${limited.v3}/calls/NOCALL/legs`);
      expectV3Error(reply, 10724);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // v2 keeps the documented 429 body.
      const v2 = await limited.api('GET', `${limited.v2}/legs/NOLEG`);
      expect(v2.status).toBe(429);
      expect(v2.body.response.error).toMatchObject({
        message: 'Rate limit exceeded. Please retry after some time.',
      });
    } finally {
      limited.close();
    }
  });
});

describe('leg_terminated carries event_data.error when the leg failed (seed 001)', () => {
  it.each([
    ['busy', '09876500002', {}, 1_700, 17],
    ['no-answer', '09876500003', { ring_timeout: 5 }, 6_700, 19],
    ['failed', '09163816621', { setup_timeout: 1 }, 1_200, 102],
  ])('%s', async (status, number, extra, ms, cause) => {
    const legSid = await createLeg(sim, grpc, { contact_uri: number, ...extra });
    await sim.advance(ms);
    const terminated = grpc.one(legSid, 'leg_terminated');
    expect(terminated.data).toMatchObject({ state: 'terminal', terminal_status: status });
    expect(terminated.event_data.data).toEqual({ hangup_cause_code: cause });
    expect(Object.keys(terminated.event_data.error).sort()).toEqual([...ERROR_FIELDS].sort());
    expect(terminated.event_data.error.error_code).toBe(cause);
    expect(EVENT_TABLE.leg_terminated!.error).toBe(true);
  });

  it('leg_failed_to_create carries it too', async () => {
    const legSid = await createLeg(sim, grpc, { contact_uri: '09876500004' });
    await sim.advance(1_500);
    const failed = grpc.one(legSid, 'leg_failed_to_create');
    expect(failed.data).toMatchObject({ state: 'terminal', terminal_status: 'failed' });
    expect(Object.keys(failed.event_data.error).sort()).toEqual([...ERROR_FIELDS].sort());
  });
});

describe('answering-machine detection (seed 001: answered_by BEEP / HUMAN / MACHINE)', () => {
  it('reports BEEP on leg_answered for a machine heard by its beep', async () => {
    await sim.persona('09876500101', { behaviour: 'machine', answerAfter: 1, answeredBy: 'BEEP' });
    const legSid = await createLeg(sim, grpc, { contact_uri: '09876500101', amd_enable: true });
    await sim.advance(200 + 1_500 + 1_000 + 2_500);
    const answered = grpc.one(legSid, 'leg_answered');
    expect(answered.data).toMatchObject({ state: 'connected', answered_by: 'BEEP' });
    expect(answered).not.toHaveProperty('event_data');
  });

  it('with async AMD, leg_answered comes at pick-up without answered_by; amd_result_success has it', async () => {
    await sim.persona('09876500102', { behaviour: 'machine', answerAfter: 1 });
    const legSid = await createLeg(sim, grpc, {
      contact_uri: '09876500102',
      amd_enable: true,
      async_amd: true,
    });
    await sim.advance(200 + 1_500 + 1_000 + 2_500);
    const answered = grpc.one(legSid, 'leg_answered');
    expect(answered.data.state).toBe('connected');
    expect(answered.data).not.toHaveProperty('answered_by');
    const result = grpc.one(legSid, 'amd_result_success');
    expect(result.event_type).toBe(EVENT_TABLE.amd_result_success!.type);
    expect(result.data).toMatchObject({ state: 'connected', answered_by: 'MACHINE' });
    expect(msBetween(grpc.one(legSid, 'leg_ringing'), answered)).toBe(1_000);
    expect(msBetween(answered, result)).toBe(2_500);
  });
});
