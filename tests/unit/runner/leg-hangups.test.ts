import { describe, expect, it } from 'vitest';
import type { FlowRun, RunResult, RunUpdate } from '../../../electron/runner';
import { HANGUP_BOUND_MS, LEG_END_WAIT_MS } from '../../../electron/runner/leg-hangups';
import { FakePlatform } from './fake-platform';
import { example, startRun, until } from './run-helpers';

const CALLER = '09163816621';
const EXOPHONE = '08030752400';
const STEP_MS = 500;

/**
 * Waits for the run to finish, moving the fake clock on in small steps whenever the runner
 * sleeps (a back-off, the wait for a leg's end), so every timer fires at its due time.
 */
async function finishedOnClock(platform: FakePlatform, run: FlowRun): Promise<RunResult> {
  let result: RunResult | null = null;
  void run.finished.then((done) => (result = done));
  for (let steps = 0; result === null; steps++) {
    if (steps > 10_000) throw new Error('The run did not finish');
    await new Promise((resolve) => setImmediate(resolve));
    if (platform.clock.pendingTimers > 0) platform.clock.advance(STEP_MS);
  }
  return result;
}

/** The Hangups the run posted, as its updates report them: when, and whether accepted. */
function hangups(updates: RunUpdate[]) {
  return updates.flatMap((u) =>
    u.type === 'api' && /<Hangup/.test(String((u.request as { exoml: string }).exoml))
      ? [{ at: u.at, ok: u.ok }]
      : [],
  );
}

/** Starts the IVR menu, has the caller call in, and pauses before the menu with the call up. */
async function pausedCall(platform: FakePlatform) {
  const { run, updates } = startRun(platform, example('ivr-menu'), { breakpoints: ['menu'] });
  const leg = platform.callIn(CALLER, EXOPHONE);
  await until('the pause at the menu', () => run.pausedAt === 'menu');
  return { run, updates, leg };
}

describe('a Hang up node', () => {
  it('posts the Hangup again after a 500, backing off 1 s then 2 s, until it is accepted', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    platform.failHangups.count = 2;
    const { run, updates } = startRun(platform, example('ivr-menu'));
    const leg = platform.callIn(CALLER, EXOPHONE);
    const result = await finishedOnClock(platform, run);

    expect(result).toMatchObject({
      status: 'completed',
      reason: 'The flow ended after "Hang up".',
      legsLeftUp: [],
    });
    expect(result.legs.caller).toMatchObject({ state: 'terminal', terminal_status: 'completed' });
    expect(platform.hungUp()).toEqual([leg, leg, leg]);
    const tries = hangups(updates);
    expect(tries.map((t) => t.ok)).toEqual([false, false, true]);
    expect(tries.map((t) => t.at - tries[0]!.at)).toEqual([0, 1_000, 3_000]);
    expect(updates.at(-1)).not.toHaveProperty('legsLeftUp');
  });
});

describe('the hang-ups at the end of a run', () => {
  it('are retried after a 500 until the leg ends', async () => {
    const platform = new FakePlatform();
    const { run, updates, leg } = await pausedCall(platform);
    platform.failHangups.count = 1;
    void run.stop('Stopped by the tester.');
    const result = await finishedOnClock(platform, run);

    expect(result).toMatchObject({ status: 'stopped', reason: 'Stopped by the tester.' });
    expect(result.legsLeftUp).toEqual([]);
    expect(result.legs.caller).toMatchObject({ state: 'terminal', terminal_status: 'completed' });
    expect(platform.hungUp()).toEqual([leg, leg]);
    expect(hangups(updates).map((t) => t.ok)).toEqual([false, true]);
  });

  it("take the platform's word that a leg ended when its end event never comes", async () => {
    const platform = new FakePlatform();
    platform.neverEnd.add(CALLER);
    const { run, leg } = await pausedCall(platform);
    // The Hangup is carried out, but the leg_terminated event is lost on its way.
    platform.ended.set(leg, 'completed');
    void run.stop();
    const result = await finishedOnClock(platform, run);

    expect(result.legsLeftUp).toEqual([]);
    expect(result.legs.caller).toMatchObject({ state: 'terminal', terminal_status: 'completed' });
    expect(platform.hungUp()).toEqual([leg]);
  });

  it('hang up again a leg the platform still has up after accepting the Hangup', async () => {
    const platform = new FakePlatform();
    platform.neverEnd.add(CALLER);
    const { run, updates, leg } = await pausedCall(platform);
    void run.stop();
    const result = await finishedOnClock(platform, run);

    const tries = hangups(updates);
    expect(tries.length).toBeGreaterThan(2);
    // One try, then another each time the wait for the leg's end has passed.
    expect(tries[1]!.at - tries[0]!.at).toBe(LEG_END_WAIT_MS);
    expect(result.legsLeftUp).toEqual([
      {
        role: 'caller',
        number: CALLER,
        sid: leg,
        reason: 'Still up after 2 min of hang-ups: the platform reports it connected.',
      },
    ]);
  });

  it('name a leg that cannot be hung up, with role, number and sid, within the bound', async () => {
    const platform = new FakePlatform();
    const { run, updates, leg } = await pausedCall(platform);
    platform.failHangups.numbers.add(CALLER);
    void run.stop('Stopped by the tester.');
    const result = await finishedOnClock(platform, run);

    const tries = hangups(updates);
    expect(tries.every((t) => !t.ok)).toBe(true);
    expect(tries.at(-1)!.at - tries[0]!.at).toBeLessThanOrEqual(HANGUP_BOUND_MS);
    expect(result.status).toBe('stopped');
    expect(result.legsLeftUp).toEqual([
      {
        role: 'caller',
        number: CALLER,
        sid: leg,
        reason: 'The platform had an internal error (500): Internal error',
      },
    ]);
    expect(result.reason).toBe(
      `Stopped by the tester; 1 leg could not be hung up: caller ${CALLER} (sid ${leg}): ` +
        "hang it up from Exotel's dashboard or call the API.",
    );
    expect(result.legs.caller!.state).not.toBe('terminal');
    const finished = updates.at(-1)!;
    expect(finished).toMatchObject({ type: 'finished', legsLeftUp: result.legsLeftUp });
    // Bounded: the run ends within the bound (plus the last back-off) of its first Hangup.
    expect(finished.at - tries[0]!.at).toBeLessThanOrEqual(HANGUP_BOUND_MS + LEG_END_WAIT_MS);
  });

  it('do not repeat a Hangup the platform refuses outright, on a leg still up', async () => {
    const platform = new FakePlatform();
    const { run, leg } = await pausedCall(platform);
    platform.refuse.push(/<Hangup/);
    void run.stop();
    const result = await finishedOnClock(platform, run);

    expect(platform.hungUp()).toEqual([leg]);
    expect(result.legsLeftUp).toMatchObject([
      { role: 'caller', sid: leg, reason: expect.stringContaining('(400)') },
    ]);
  });
});
