import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData, eventTimeMs } from '../../../shared/events';
import type { LegEvent } from '../../../shared/events';
import { answeredLeg } from './helpers/answered-leg';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';
import { waitUntil } from './helpers/wait-until';

let h: SimHarness;

beforeAll(async () => {
  h = await startSimHarness();
});

afterAll(async () => {
  await h.close();
});

/** About 30 s of speech: long enough for a test to act while it plays, even at speed 100. */
const LONG_TEXT = 'Please listen carefully, as our menu options have changed. '.repeat(8);

const named = (events: LegEvent[], name: string) => events.filter((e) => e.event_name === name);
const after = (legSid: string, first: string) => {
  const names = h.namesOf(legSid);
  return names.slice(names.indexOf(first));
};

describe('audio', () => {
  it('Say takes time by its text, with started and completed carrying the action', async () => {
    const legSid = await answeredLeg(h, { custom_param: 'leg-param' });
    const text = 'Welcome to the simulated bank. Your balance is fine.';
    const reply = await h.act(legSid, `<Flow><Say loop="2">${text}</Say></Flow>`, 'say-1');
    expect(reply.status).toBe(202);
    expect(reply.body.response.data).toEqual({
      leg_sid: legSid,
      action_sid: expect.stringMatching(/^[A-Za-z0-9]{27}00000$/),
    });
    const completed = await h.waitForEvent(legSid, 'say_completed');
    const started = named(h.eventsOf(legSid), 'say_started')[0]!;
    // loop="2" is two repeats (seed 002): the text plays three times.
    expect(eventTimeMs(completed) - eventTimeMs(started)).toBe(text.length * 60 * 3);
    for (const event of [started, completed]) {
      expect(event.event_type).toBe('leg_action_event');
      expect(event.action_sid).toBe(reply.body.response.data.action_sid);
      expect(event.action_custom_parameter).toBe('say-1');
      expect(eventData(event).custom_param).toBe('leg-param');
    }
  });

  it('loop counts repeats: absent and 0 play once, 1 plays twice (seed 002)', async () => {
    const legSid = await answeredLeg(h);
    const url = 'https://example.com/a.wav';
    for (const loop of ['', ' loop="0"', ' loop="1"']) {
      await h.act(legSid, `<Flow><StartPlay${loop}>${url}</StartPlay></Flow>`);
    }
    await waitUntil('three plays', () => named(h.eventsOf(legSid), 'play_completed').length === 3);
    const started = named(h.eventsOf(legSid), 'play_started').map(eventTimeMs);
    const completed = named(h.eventsOf(legSid), 'play_completed').map(eventTimeMs);
    expect(completed.map((end, index) => end - started[index]!)).toEqual([5_000, 5_000, 10_000]);
  });

  it('takes <StartSay> (the 2026 quickstart) as <Say> (seed 002), also as a prompt', async () => {
    const legSid = await answeredLeg(h);
    const reply = await h.act(legSid, '<Flow><StartSay language="en">Hello</StartSay></Flow>');
    expect(reply.status).toBe(202);
    await h.waitForEvent(legSid, 'say_completed');
    const gather = await h.act(
      legSid,
      '<Flow><Gather numDigits="1" timeoutInSec="1"><startsay>Press 1</startsay></Gather></Flow>',
    );
    expect(gather.status).toBe(202);
    await h.waitForEvent(legSid, 'gather_success');
    expect(h.namesOf(legSid).filter((name) => name === 'say_started')).toHaveLength(2);
  });

  it('StopPlay interrupts a Play; StopSay a Say; a second Play waits for the first', async () => {
    const legSid = await answeredLeg(h);
    await h.act(legSid, '<Flow><StartPlay loop="10">https://example.com/a.wav</StartPlay></Flow>');
    // Ten loops of a long text: still playing when the test's StopSay arrives.
    await h.act(legSid, `<Flow><Say loop="10">${LONG_TEXT}</Say></Flow>`);
    await h.waitForEvent(legSid, 'play_started');
    expect((await h.act(legSid, '<Flow><StopPlay/></Flow>')).status).toBe(202);
    await h.waitForEvent(legSid, 'say_started');
    await h.act(legSid, '<Flow><StopSay/></Flow>');
    await h.waitForEvent(legSid, 'say_interrupted');
    expect(after(legSid, 'play_started')).toEqual([
      'play_started',
      'play_interrupted',
      'say_started',
      'say_interrupted',
    ]);
  });
});

describe('gather', () => {
  it('a key during the prompt cuts it short; numDigits ends the input', async () => {
    const legSid = await answeredLeg(h);
    await h.act(legSid, `<Flow><Gather numDigits="2"><Say>${LONG_TEXT}</Say></Gather></Flow>`, 'g');
    await h.waitForEvent(legSid, 'say_started');
    expect(h.sim.control.pressDigits(legSid, '123')).toEqual({ legSid, pressed: '123', heard: 2 });
    const success = await h.waitForEvent(legSid, 'gather_success');
    expect(eventData(success).digits).toBe('12');
    expect(success.action_custom_parameter).toBe('g');
    expect(after(legSid, 'gather_initiated')).toEqual([
      'gather_initiated',
      'say_started',
      'say_interrupted',
      'gather_success',
    ]);
  });

  it('finishOnKey ends the input without the key', async () => {
    const legSid = await answeredLeg(h);
    await h.act(legSid, '<Flow><Gather finishOnKey="*" timeoutInSec="30"/></Flow>');
    await waitUntil('listening', () => h.sim.control.getLeg(legSid).gathering);
    h.sim.control.pressDigits(legSid, '4567*');
    expect(eventData(await h.waitForEvent(legSid, 'gather_success')).digits).toBe('4567');
  });

  it('timeoutInSec ends the input with the keys so far, or none', async () => {
    const legSid = await answeredLeg(h);
    await h.act(legSid, '<Flow><Gather numDigits="4" timeoutInSec="2"/></Flow>');
    await waitUntil('listening', () => h.sim.control.getLeg(legSid).gathering);
    h.sim.control.pressDigits(legSid, '9');
    const first = await h.waitForEvent(legSid, 'gather_success');
    expect(eventData(first).digits).toBe('9');
    await h.act(legSid, '<Flow><Gather numDigits="4" timeoutInSec="2"/></Flow>');
    await waitUntil('two gathers', () => named(h.eventsOf(legSid), 'gather_success').length === 2);
    const second = named(h.eventsOf(legSid), 'gather_success')[1]!;
    const initiated = named(h.eventsOf(legSid), 'gather_initiated')[1]!;
    expect(eventData(second).digits ?? '').toBe('');
    expect(eventTimeMs(second) - eventTimeMs(initiated)).toBe(2000);
  });

  it('keys pressed when no Gather listens are lost', async () => {
    const legSid = await answeredLeg(h);
    expect(h.sim.control.pressDigits(legSid, '1').heard).toBe(0);
  });
});
