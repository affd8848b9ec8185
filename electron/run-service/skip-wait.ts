import type { SkipWaitReply } from '../../shared/ipc/pace-contract';
import type { FlowRun, RunWaiting } from '../runner';
import type { SimClock } from '../simulator/clock/sim-clock';

/**
 * Event-loop turns a skip lets pass after the simulator's events are delivered: our listener
 * hands an event to its run on the next turn, and the run settles in promise callbacks.
 */
const SETTLE_TURNS = 5;

/** What the run waits for, in words. */
const WAIT_WORDS: Record<RunWaiting['kind'], string> = {
  wait: 'the Wait',
  gather: 'the Gather’s time-out',
  ringing: 'the ringing',
};

/**
 * Waits until what the last timer set off has reached the run: the simulator's events are
 * delivered to our listener (`delivered`), then it and the run have had their turns.
 */
export async function settleAfter(delivered: () => Promise<void>): Promise<void> {
  await delivered();
  for (let turn = 0; turn < SETTLE_TURNS; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;

/**
 * "Skip this wait": moves the session's virtual time on to the moment the run's wait ends,
 * firing every earlier timer at its own time (SimClock.skipTo), and stops as soon as the wait
 * is over (a party that answers, a key pressed, the time-out). Harmless, and says why, when the
 * run is paused, waits for nothing, or its clock cannot skip.
 */
export async function skipWait(
  run: FlowRun,
  clock: SimClock | undefined,
  settle: () => Promise<void>,
): Promise<SkipWaitReply> {
  const now = clock?.now() ?? null;
  const no = (message: string): SkipWaitReply => ({ skipped: false, message, now });
  if (!clock) {
    return no(
      'Only a paced Simulator run can skip a wait: a live call and an exact run keep their own time.',
    );
  }
  if (run.pausedAt !== null) {
    return no(`The run is paused before “${run.pausedAt}”: nothing is waiting. Continue to go on.`);
  }
  const wait = run.waiting;
  if (!wait) return no('Nothing is waiting now: the wait has already ended.');
  if (clock.skipping) return no('A skip is already under way.');
  const from = clock.now();
  const at = await clock.skipTo(wait.bound, { settle, stop: () => run.waiting !== wait });
  const words = WAIT_WORDS[wait.kind];
  return {
    skipped: at > from,
    message:
      run.waiting === wait
        ? `Moved ${seconds(at - from)} on; ${words} has not ended yet.`
        : `Skipped ${seconds(at - from)}: ${words} is over.`,
    now: at,
  };
}
