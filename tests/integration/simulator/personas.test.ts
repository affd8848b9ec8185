import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData, eventTimeMs } from '../../../shared/events';
import type { LegEvent } from '../../../shared/events';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';
import { waitUntil } from './helpers/wait-until';

let h: SimHarness;

beforeAll(async () => {
  h = await startSimHarness({
    personas: {
      '09000000001': { behaviour: 'answer', answerAfter: 10 },
      '09000000002': { behaviour: 'machine', answerAfter: 1 },
    },
  });
});

afterAll(async () => {
  await h.close();
});

const data = (event: LegEvent | undefined) => (event ? eventData(event) : {});

/** Dials, waits for the leg's last expected event, and returns the leg's events. */
async function run(number: string, last: string, extra: Record<string, unknown> = {}) {
  const legSid = await h.dial(number, { custom_param: `persona-${number}`, ...extra });
  await h.waitForEvent(legSid, last);
  return { legSid, events: h.eventsOf(legSid), names: h.namesOf(legSid) };
}

describe('the event sequence of each persona', () => {
  it('answer: connecting, ringing, answered by a human, answerAfter seconds after ringing', async () => {
    const { events, names } = await run('09163816621', 'leg_answered');
    expect(names).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered']);
    expect(data(events[2])).toMatchObject({ state: 'connected', answered_by: 'HUMAN' });
    // The phonebook says 2 s; the timestamps are virtual time, exact whatever the speed.
    expect(eventTimeMs(events[2]!) - eventTimeMs(events[1]!)).toBe(2000);
    for (const event of events) expect(data(event).custom_param).toBe('persona-09163816621');
  });

  it('busy: connecting, then terminated busy with cause 17', async () => {
    const { events, names } = await run('09876500002', 'leg_terminated');
    expect(names).toEqual(['leg_connecting', 'leg_terminated']);
    expect(data(events[1])).toMatchObject({
      state: 'terminal',
      terminal_status: 'busy',
      hangup_cause_code: 17,
    });
  });

  it('no-answer: rings until ring_timeout, then no-answer with cause 19', async () => {
    const { events, names } = await run('09876500003', 'leg_terminated', { ring_timeout: 5 });
    expect(names).toEqual(['leg_connecting', 'leg_ringing', 'leg_terminated']);
    expect(data(events[2])).toMatchObject({ terminal_status: 'no-answer', hangup_cause_code: 19 });
    expect(eventTimeMs(events[2]!) - eventTimeMs(events[1]!)).toBe(5000);
  });

  it('fail: leg_failed_to_create, terminal and failed, with an error', async () => {
    const { events, names } = await run('09876500004', 'leg_failed_to_create');
    expect(names).toEqual(['leg_failed_to_create']);
    expect(events[0]?.event_type).toBe('leg_lifecycle_event');
    expect(data(events[0])).toMatchObject({ state: 'terminal', terminal_status: 'failed' });
    expect(events[0]?.event_data?.error).toMatchObject({
      error_code: expect.any(Number),
      message: expect.any(String),
      description: expect.stringContaining('09876500004'),
    });
  });

  it('machine without AMD: answered (the platform cannot tell), hangs up after hangupAfter', async () => {
    const { events, names } = await run('09876500005', 'leg_terminated');
    expect(names).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered', 'leg_terminated']);
    expect(data(events[2]).answered_by).toBe('HUMAN');
    expect(data(events[3])).toMatchObject({ terminal_status: 'completed', hangup_cause_code: 16 });
    expect(eventTimeMs(events[3]!) - eventTimeMs(events[2]!)).toBe(20_000);
  });

  it('machine with AMD: leg_answered says MACHINE', async () => {
    const { events } = await run('09000000002', 'leg_answered', { amd_enable: true });
    expect(data(events.at(-1))).toMatchObject({ state: 'connected', answered_by: 'MACHINE' });
  });

  it('machine with async AMD: answered at once, then amd_result_success says MACHINE', async () => {
    const { events, names } = await run('09000000002', 'amd_result_success', {
      amd_enable: true,
      async_amd: true,
    });
    expect(names).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered', 'amd_result_success']);
    expect(data(events[2]).answered_by).toBeUndefined();
    expect(events[3]?.event_type).toBe('leg_action_event');
    expect(data(events[3])).toMatchObject({ state: 'connected', answered_by: 'MACHINE' });
  });

  it('a person with AMD: answered by HUMAN', async () => {
    const { events } = await run('09163816621', 'leg_answered', { amd_enable: true });
    expect(data(events.at(-1)).answered_by).toBe('HUMAN');
  });

  it('hangupAfter: the party hangs up on its own, completed with cause 16', async () => {
    const { events } = await run('09876500007', 'leg_terminated');
    const answered = events.find((event) => event.event_name === 'leg_answered')!;
    expect(data(events.at(-1))).toMatchObject({
      terminal_status: 'completed',
      hangup_cause_code: 16,
    });
    expect(eventTimeMs(events.at(-1)!) - eventTimeMs(answered)).toBe(5000);
    expect(data(events.at(-1)).on_call_duration_ms).toBe(5000);
  });

  it('digits: presses its next entry at each Gather', async () => {
    const { legSid } = await run('09876500006', 'leg_answered');
    await h.act(legSid, '<Flow><Gather numDigits="1"><Say>Menu</Say></Gather></Flow>');
    await h.act(legSid, '<Flow><Gather finishOnKey="#"><Say>Your PIN</Say></Gather></Flow>');
    await waitUntil(
      'two gathers',
      () => h.namesOf(legSid).filter((n) => n === 'gather_success').length === 2,
    );
    const digits = h
      .eventsOf(legSid)
      .filter((e) => e.event_name === 'gather_success')
      .map((e) => data(e).digits);
    expect(digits).toEqual(['2', '1234']);
  });

  it('a number not in the phonebook answers after 2 s and presses nothing', async () => {
    const { legSid, events } = await run('09123456789', 'leg_answered');
    expect(eventTimeMs(events[2]!) - eventTimeMs(events[1]!)).toBe(2000);
    await h.act(legSid, '<Flow><Gather numDigits="1" timeoutInSec="3"/></Flow>');
    const success = await h.waitForEvent(legSid, 'gather_success');
    // Empty digits on a time-out; proto3 does not send an empty string, so it arrives absent.
    expect(data(success).digits ?? '').toBe('');
  });

  it('interactive: rings until the virtual phone answers', async () => {
    const legSid = await h.dial('09876500009');
    await waitUntil('ringing', () => h.sim.control.getLeg(legSid).ringing);
    expect(h.sim.control.listParties().map((party) => party.legSid)).toContain(legSid);
    h.sim.control.answer(legSid);
    const answered = await h.waitForEvent(legSid, 'leg_answered');
    expect(data(answered).answered_by).toBe('HUMAN');
  });

  it('interactive: the virtual phone rejects, busy with cause 21', async () => {
    const legSid = await h.dial('09876500009');
    await waitUntil('ringing', () => h.sim.control.getLeg(legSid).ringing);
    h.sim.control.reject(legSid);
    const terminated = await h.waitForEvent(legSid, 'leg_terminated');
    expect(data(terminated)).toMatchObject({ terminal_status: 'busy', hangup_cause_code: 21 });
  });
});

describe('the time-outs of create-leg', () => {
  it('timeout: no answer within it ends the leg no-answer', async () => {
    // This party would answer after 10 s; the leg gives up after 3.
    const { events, names } = await run('09000000001', 'leg_terminated', { timeout: 3 });
    expect(names).toEqual(['leg_connecting', 'leg_ringing', 'leg_terminated']);
    expect(data(events.at(-1))).toMatchObject({
      terminal_status: 'no-answer',
      hangup_cause_code: 19,
    });
  });

  it('setup_timeout: a call that does not ring in time fails with cause 102', async () => {
    const { names, events } = await run('09163816621', 'leg_terminated', { setup_timeout: 1 });
    expect(names).toEqual(['leg_connecting', 'leg_terminated']);
    expect(data(events[1])).toMatchObject({ terminal_status: 'failed', hangup_cause_code: 102 });
  });

  it('time_limit: the platform ends the leg when its life is up', async () => {
    const { events } = await run('09163816621', 'leg_terminated', { time_limit: 6 });
    const created = Date.parse(String(data(events[0]).date_created));
    expect(data(events.at(-1))).toMatchObject({
      terminal_status: 'completed',
      hangup_cause_code: 16,
    });
    expect(Math.round((eventTimeMs(events.at(-1)!) - created) / 1000)).toBe(6);
  });
});
