import { describe, expect, it } from 'vitest';
import { legEventSchema } from '../../../shared/events';
import type { WaitSpec } from '../../../shared/catalog';
import { EventWaits } from '../../../electron/runner/event-waits';
import { FakeClock } from './fake-clock';

const SID = 'LEG1';
const SPEC: WaitSpec = {
  outcomes: [{ event: 'gather_success', port: 'done' }],
  timeoutSeconds: 10,
  timeoutPort: 'no-input',
};

function gatherSuccess() {
  return legEventSchema.parse({
    event_sid: 'ev1',
    event_type: 'leg_action_event',
    event_name: 'gather_success',
    event_timestamp: { seconds: 1, nanos: 0 },
    event_data: { data: { leg_sid: SID, digits: '1' } },
  });
}

function setup() {
  const clock = new FakeClock();
  const waits = new EventWaits(clock);
  const step = new AbortController();
  const wait = waits.wait(SID, SPEC, step.signal, (port) => port);
  return { clock, waits, step, wait };
}

describe('EventWaits', () => {
  it('does not time out before startTimer, however long the request takes', async () => {
    const { clock, wait } = setup();
    clock.advance(60_000);
    expect(clock.pendingTimers).toBe(0);
    wait.startTimer();
    clock.advance(9_999);
    clock.advance(1);
    expect(await wait.result).toEqual({ port: 'no-input' });
  });

  it('counts an event offered before startTimer, and then starts no timer', async () => {
    const { clock, waits, wait } = setup();
    waits.offer(gatherSuccess());
    wait.startTimer();
    expect(clock.pendingTimers).toBe(0);
    expect((await wait.result).port).toBe('done');
  });

  it('leaves no timer behind when the step is aborted, before or after startTimer', async () => {
    const early = setup();
    early.step.abort(new Error('stopped'));
    early.wait.startTimer();
    expect(early.clock.pendingTimers).toBe(0);
    await expect(early.wait.result).rejects.toThrow('stopped');

    const late = setup();
    late.wait.startTimer();
    expect(late.clock.pendingTimers).toBe(1);
    late.step.abort(new Error('stopped'));
    expect(late.clock.pendingTimers).toBe(0);
    await expect(late.wait.result).rejects.toThrow('stopped');
  });
});
