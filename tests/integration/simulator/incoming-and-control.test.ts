import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from '../../../shared/events';
import type { PlatformNotice } from '../../../electron/simulator';
import { rawApi } from './helpers/raw-api';
import type { RawApi } from './helpers/raw-api';
import { EXOPHONE, startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';

let h: SimHarness;
/** The control API over HTTP: no credentials, plain JSON. */
let sim: RawApi;

beforeAll(async () => {
  h = await startSimHarness();
  sim = rawApi(h.sim.baseUrl, undefined);
  const registered = await sim('PUT', `/_sim/exophones/${EXOPHONE}`, { endpoint: h.endpoint });
  expect(registered.status).toBe(200);
  expect(registered.body).toEqual({ exophone: EXOPHONE, endpoint: h.endpoint });
});

afterAll(async () => {
  await h.close();
});

describe('incoming calls', () => {
  it('rings the app with incoming_leg; the app answers; the caller keys and hangs up', async () => {
    // 09163816622 is the seed's incoming sample; the phonebook has it press 1.
    const placed = await sim('POST', '/_sim/calls', { from: '09163816622', exophone: EXOPHONE });
    expect(placed.status).toBe(201);
    const legSid = placed.body.legSid as string;
    expect(placed.body).toMatchObject({
      direction: 'inbound',
      number: '09163816622',
      state: 'ringing',
    });

    const incoming = await h.waitForEvent(legSid, 'incoming_leg');
    expect(incoming.event_type).toBe('leg_lifecycle_event');
    expect(eventData(incoming)).toMatchObject({
      direction: 'inbound',
      state: 'ringing',
      contact_uri: '09163816622',
      exophone: EXOPHONE,
      caller_id: EXOPHONE,
      leg_sid: legSid,
    });
    const answer = await h.act(legSid, '<Flow><Answer/></Flow>');
    expect(answer.status).toBe(202);
    const answered = await h.waitForEvent(legSid, 'leg_answered');
    expect(answered.action_sid).toBe(answer.body.response.data.action_sid);
    expect(
      (await h.act(legSid, '<Flow><Answer/></Flow>')).body.response.error_data.message,
    ).toMatch(/already answered/);
    await h.act(legSid, '<Flow><Gather numDigits="1"><Say>Press 1</Say></Gather></Flow>');
    expect(eventData(await h.waitForEvent(legSid, 'gather_success')).digits).toBe('1');

    const hangup = await sim('POST', `/_sim/legs/${legSid}/hangup`);
    expect(hangup.status).toBe(200);
    expect(hangup.body).toMatchObject({ state: 'terminal', terminalStatus: 'completed' });
    expect(eventData(await h.waitForEvent(legSid, 'leg_terminated'))).toMatchObject({
      terminal_status: 'completed',
      hangup_cause_code: 16,
    });
  });

  it('an interactive caller presses keys from the virtual phone', async () => {
    const placed = await sim('POST', '/_sim/calls', { from: '09811122233', exophone: EXOPHONE });
    const legSid = placed.body.legSid as string;
    expect(placed.body.persona).toEqual({ behaviour: 'interactive' });
    await h.waitForEvent(legSid, 'incoming_leg');
    await h.act(legSid, '<Flow><Answer/></Flow>');
    await h.act(legSid, '<Flow><Gather finishOnKey="#" timeoutInSec="60"/></Flow>');
    await h.waitForEvent(legSid, 'gather_initiated');
    const keys = await sim('POST', `/_sim/legs/${legSid}/digits`, { digits: '42#' });
    expect(keys.body).toEqual({ legSid, pressed: '42#', heard: 3 });
    expect(eventData(await h.waitForEvent(legSid, 'gather_success')).digits).toBe('42');
  });

  it('a caller nobody answers gives up after the 30 s time-out: no-answer', async () => {
    const placed = await sim('POST', '/_sim/calls', { from: '09811122234', exophone: EXOPHONE });
    const terminated = await h.waitForEvent(placed.body.legSid, 'leg_terminated');
    expect(eventData(terminated).terminal_status).toBe('no-answer');
  });

  it('refuses a call to an exophone with no endpoint, and bad numbers', async () => {
    const unregistered = await sim('POST', '/_sim/calls', {
      from: '09163816622',
      exophone: '08000000000',
    });
    expect(unregistered.status).toBe(409);
    expect(unregistered.body.error).toMatch(
      /No event endpoint is registered for exophone 08000000000/,
    );
    const bad = await sim('POST', '/_sim/calls', { from: '123', exophone: EXOPHONE });
    expect(bad.status).toBe(400);
    const missing = await sim('POST', '/_sim/calls', { exophone: EXOPHONE });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/from/);
  });
});

describe('the control API', () => {
  it('lists legs and parties, and gives stats', async () => {
    const legSid = await h.dial('09876500009');
    const parties = await sim('GET', '/_sim/parties');
    expect(parties.status).toBe(200);
    expect(parties.body.map((party: { legSid: string }) => party.legSid)).toContain(legSid);
    const live = await sim('GET', '/_sim/legs?live=true');
    expect(live.body.every((leg: { state: string }) => leg.state !== 'terminal')).toBe(true);
    const one = await sim('GET', `/_sim/legs/${legSid}`);
    expect(one.body).toMatchObject({ legSid, number: '09876500009', partyName: 'Virtual phone' });
    const stats = await sim('GET', '/_sim');
    expect(stats.body).toMatchObject({ accountSid: h.sim.account.sid, speed: 100, faults: 'none' });
    expect(stats.body.delivery.sent).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown leg, 409 for the wrong state, 400 for bad keys', async () => {
    expect((await sim('POST', '/_sim/legs/NOLEG/answer')).status).toBe(404);
    const legSid = await h.dial('09163816621');
    await h.waitForEvent(legSid, 'leg_answered');
    const again = await sim('POST', `/_sim/legs/${legSid}/answer`);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/not ringing/);
    const keys = await sim('POST', `/_sim/legs/${legSid}/digits`, { digits: '12a' });
    expect(keys.status).toBe(400);
    expect((await sim('GET', '/_sim/nothing')).status).toBe(404);
  });

  it('changes a persona at run time, for the next call to that number', async () => {
    const number = '09700000001';
    const set = await sim('PUT', `/_sim/phonebook/${number}`, {
      persona: { behaviour: 'busy' },
      name: 'Test',
    });
    expect(set.body).toEqual({ number, name: 'Test', persona: { behaviour: 'busy' } });
    const legSid = await h.dial(number);
    expect(eventData(await h.waitForEvent(legSid, 'leg_terminated')).terminal_status).toBe('busy');
    const typo = await sim('PUT', `/_sim/phonebook/${number}`, { persona: { behavior: 'busy' } });
    expect(typo.status).toBe(400);
  });

  it('tells in-process subscribers of every event it sends', async () => {
    const seen: PlatformNotice[] = [];
    const stop = h.sim.control.subscribe((notice) => seen.push(notice));
    const legSid = await h.dial('09163816621');
    await h.waitForEvent(legSid, 'leg_answered');
    stop();
    const mine = seen.filter((notice) => notice.legSid === legSid).map((n) => n.event.event_name);
    expect(mine).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered']);
    expect(seen.every((notice) => notice.endpoint === h.endpoint)).toBe(true);
  });
});
