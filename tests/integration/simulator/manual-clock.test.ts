import { afterEach, describe, expect, it } from 'vitest';
import { ControlError, startSimulator } from '../../../electron/simulator';
import type { RunningSimulator, SimulatorOptions } from '../../../electron/simulator';
import { rawApi } from './helpers/raw-api';
import type { RawApi } from './helpers/raw-api';
import { startRawGrpcServer } from './helpers/raw-grpc-server';
import { EXOPHONE } from './helpers/sim-harness';

/** A whole second, so every time below is exact to the nanosecond. */
const START = Date.UTC(2026, 0, 5, 9, 30);
/** The persona picks up this many seconds after the phone starts ringing. */
const ANSWER_AFTER_S = 4;
const NUMBER = '09812345678';

let sim: RunningSimulator | undefined;
let receiver: Awaited<ReturnType<typeof startRawGrpcServer>> | undefined;
afterEach(async () => {
  await sim?.close();
  await receiver?.close();
  sim = receiver = undefined;
});

/** A simulator and its control API over HTTP (no credentials). */
async function start(options: SimulatorOptions): Promise<{ s: RunningSimulator; control: RawApi }> {
  sim = await startSimulator({ rateLimitPerMinute: 0, startTimeMs: START, ...options });
  return { s: sim, control: rawApi(sim.baseUrl, undefined) };
}

/**
 * Lets work already under way finish: event-loop turns, no time. A manual clock moves only when
 * told, so a leg's next event cannot be due; these checks say nothing was sent early.
 */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** Creates a leg to `number` whose events go to `endpoint`; returns its sid. */
async function dial(s: RunningSimulator, number: string, endpoint: string): Promise<string> {
  const reply = await rawApi(s.baseUrl, s.account)('POST', `/v2/accounts/${s.account.sid}/legs`, {
    contact_uri: number,
    exophone: EXOPHONE,
    leg_event_endpoint: endpoint,
  });
  expect(reply.status).toBe(202);
  return reply.body.response.data.leg_sid as string;
}

describe('a manual clock', () => {
  it('moves only when told to, and each move returns after its events were delivered', async () => {
    const { s, control } = await start({ speed: 'manual', seed: 7 });
    receiver = await startRawGrpcServer();
    const persona = { behaviour: 'answer', answerAfter: ANSWER_AFTER_S };
    expect((await control('PUT', `/_sim/phonebook/${NUMBER}`, { persona })).status).toBe(200);
    expect((await control('GET', '/_sim/clock')).body).toEqual({
      mode: 'manual',
      speed: 1,
      now: '2026-01-05T09:30:00.000000000Z',
      nowMs: START,
      nextDue: null,
      pendingTimers: 0,
    });

    const legSid = await dial(s, NUMBER, receiver.endpoint);
    await settle();
    const stood = (await control('GET', '/_sim/clock')).body;
    expect(stood).toMatchObject({ nowMs: START, nextDue: '2026-01-05T09:30:00.200000000Z' });
    expect(stood.pendingTimers).toBeGreaterThan(0);
    expect(receiver.namesOf(legSid)).toEqual([]);

    // The next timers: the call connects after 200 ms, the phone rings 1.5 s later.
    const connecting = await control('POST', '/_sim/clock/next');
    expect(connecting.status).toBe(200);
    expect(connecting.body.nowMs).toBe(START + 200);
    expect(receiver.namesOf(legSid)).toEqual(['leg_connecting']);
    const ringing = await control('POST', '/_sim/clock/next');
    const ringAt = START + 1_700;
    expect(ringing.body.nowMs).toBe(ringAt);
    expect(receiver.namesOf(legSid)).toEqual(['leg_connecting', 'leg_ringing']);

    await settle();
    expect(receiver.namesOf(legSid)).not.toContain('leg_answered');
    const early = await control('POST', '/_sim/clock/advance', { ms: ANSWER_AFTER_S * 1000 - 1 });
    expect(early.body.nowMs).toBe(ringAt + ANSWER_AFTER_S * 1000 - 1);
    expect(receiver.namesOf(legSid)).not.toContain('leg_answered');
    expect((await control('GET', `/_sim/legs/${legSid}`)).body.ringing).toBe(true);

    const answered = await control('POST', '/_sim/clock/advance', { ms: 1 });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      mode: 'manual',
      nowMs: ringAt + ANSWER_AFTER_S * 1000,
      now: '2026-01-05T09:30:05.700000000Z',
    });
    // Delivered (acknowledged by the receiver) before the reply: no waiting here.
    expect(receiver.namesOf(legSid)).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered']);
    const event = receiver.deliveries.at(-1)!.event;
    expect(event.event_timestamp).toEqual({ seconds: START / 1000 + 5, nanos: 700_000_000 });
    expect((await control('GET', `/_sim/legs/${legSid}`)).body.state).toBe('connected');
    expect((await control('GET', '/_sim')).body).toMatchObject({ clock: 'manual', speed: 1 });
  });

  it('stands at now + ms after an advance, and /next with nothing due leaves it put', async () => {
    const { control } = await start({ speed: 'manual' });
    const next = await control('POST', '/_sim/clock/next');
    expect(next.body).toMatchObject({ nowMs: START, nextDue: null, pendingTimers: 0 });
    const moved = await control('POST', '/_sim/clock/advance', { ms: 60_000 });
    expect(moved.body).toMatchObject({
      nowMs: START + 60_000,
      now: '2026-01-05T09:31:00.000000000Z',
    });
  });

  it('does not hang when the receiver is down: the retries take their back-off on the clock', async () => {
    const { s, control } = await start({ speed: 'manual' });
    const legSid = await dial(s, NUMBER, 'grpc://127.0.0.1:1');
    const moved = await control('POST', '/_sim/clock/advance', { ms: 10_000 });
    expect(moved.status).toBe(200);
    expect(moved.body.nowMs).toBe(START + 10_000);
    expect(s.control.getLeg(legSid).state).toBe('connected');
    expect((await control('GET', '/_sim')).body.delivery.retries).toBeGreaterThan(0);
  });

  it('refuses a bad body with 400 naming ms', async () => {
    const { control } = await start({ speed: 'manual' });
    for (const body of [{}, { ms: '10' }, { ms: -1 }, { ms: 32 * 24 * 3_600_000 }]) {
      const reply = await control('POST', '/_sim/clock/advance', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error).toMatch(/\bms\b/);
    }
    const broken = await control('POST', '/_sim/clock/advance', undefined, { rawBody: '{ms:' });
    expect(broken.status).toBe(400);
    expect((await control('POST', '/_sim/clock/back')).status).toBe(404);
  });
});

describe('a clock that moves by itself', () => {
  it('answers 409 to a move when paced, saying how to get a manual one', async () => {
    const { s, control } = await start({ speed: 20 });
    for (const path of ['/_sim/clock/advance', '/_sim/clock/next']) {
      const reply = await control('POST', path, { ms: 1_000 });
      expect(reply.status).toBe(409);
      expect(reply.body.error).toBe(
        'The clock is paced (×20): it moves with real time; start the simulator with --speed manual to move it by hand.',
      );
    }
    expect((await control('GET', '/_sim/clock')).body).toMatchObject({ mode: 'paced', speed: 20 });
    await expect(s.control.advanceClock(1_000)).rejects.toBeInstanceOf(ControlError);
  });

  it('answers 409 when skipping', async () => {
    const { control } = await start({ speed: 'instant' });
    const reply = await control('POST', '/_sim/clock/next');
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatch(/^The clock is skipping: .*--speed manual/);
  });
});
