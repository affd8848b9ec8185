import { isLegsApiError } from '../legs-api';
import type { LegsApiErrorKind } from '../legs-api';
import type { RunClock } from './run-clock';
import type { RunLeg, RunLegs } from './run-legs';
import type { LegLeftUp, RunPlatform } from './run-types';

/** The ExoML that ends a leg. */
export const HANGUP_EXOML = '<Flow><Hangup/></Flow>';

/** Platform time the run keeps trying to hang up one leg before it names the leg as left up. */
export const HANGUP_BOUND_MS = 120_000;

/** Platform time a finishing run waits for its hung-up legs to report their end. */
export const LEG_END_WAIT_MS = 10_000;

/** Back-off between tries: 1 s, 2 s, 4 s… up to this. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 16_000;

/**
 * Failures another try may get past: the platform was briefly unwell, the network dropped, or
 * the account stayed throttled longer than the client waits. A refusal (400, 401, 403, 404)
 * would be refused again.
 */
const WORTH_ANOTHER_TRY: ReadonlySet<LegsApiErrorKind> = new Set([
  'server',
  'network',
  'timeout',
  'rate-limited',
  'bad-reply',
]);

/** How posting a Hangup went. */
export type HangupOutcome =
  | { kind: 'accepted' }
  /** The platform says the leg has ended (the Hangup came too late, or a failed try took). */
  | { kind: 'ended'; terminalStatus: string }
  /** Refused, or still failing when the bound passed: the leg may still be up. */
  | { kind: 'failed'; error: Error };

/** What posting a Hangup needs. */
export interface HangupPoster {
  clock: RunClock;
  api: Pick<RunPlatform['api'], 'getLeg'>;
  /** Posts the Hangup once (reported as an API call); rejects with the API's error. */
  post(): Promise<unknown>;
  /** Stops the back-off when the step is over; the sleep's rejection is passed on. */
  signal?: AbortSignal;
}

/**
 * Posts a Hangup to leg `sid` until the platform accepts it (202) or reports the leg ended, or
 * platform time reaches `deadline`. The API client does not repeat a POST that may have reached
 * the platform (a 500), so this does: hanging up twice is harmless, a leg left up is not. After
 * each failure the leg is looked up, since a failed try may still have taken effect.
 */
export async function postHangup(
  poster: HangupPoster,
  sid: string,
  deadline: number,
): Promise<HangupOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      await poster.post();
      return { kind: 'accepted' };
    } catch (error) {
      const leg = await poster.api.getLeg(sid).catch(() => null);
      if (leg?.state === 'terminal') {
        return { kind: 'ended', terminalStatus: leg.terminal_status ?? 'completed' };
      }
      const failure = error as Error;
      const delay = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempt);
      const retry = isLegsApiError(failure) && WORTH_ANOTHER_TRY.has(failure.kind);
      if (!retry || poster.clock.now() + delay > deadline) {
        return { kind: 'failed', error: failure };
      }
      await poster.clock.sleep(delay, poster.signal);
    }
  }
}

/** What hanging up a finishing run's legs needs from the run. */
export interface FinalHangups {
  clock: RunClock;
  api: Pick<RunPlatform['api'], 'getLeg'>;
  legs: RunLegs;
  /** Posts a Hangup to the leg once, reported as an API call. */
  post(leg: RunLeg): Promise<unknown>;
  /** Resolves once every one of `legs` has reported its end, or after `ms` of platform time. */
  ended(legs: RunLeg[], ms: number): Promise<void>;
}

/**
 * Hangs up every live leg of a finishing run and makes sure each ends: one leg after the other
 * (so a simulated run repeats exactly), then waits for their ends; a leg whose end is not
 * reported is looked up and, if the platform still has it up, hung up again. Each leg gets
 * {@link HANGUP_BOUND_MS} of platform time; the legs still up after that are returned.
 */
export async function hangUpEveryLeg(run: FinalHangups): Promise<LegLeftUp[]> {
  const deadlines = new Map<RunLeg, number>();
  const leftUp = new Map<RunLeg, string>();
  const deadlineOf = (leg: RunLeg) => {
    if (!deadlines.has(leg)) deadlines.set(leg, run.clock.now() + HANGUP_BOUND_MS);
    return deadlines.get(leg)!;
  };
  const hangUp = async (leg: RunLeg) => {
    const poster = { clock: run.clock, api: run.api, post: () => run.post(leg) };
    const outcome = await postHangup(poster, leg.sid, deadlineOf(leg));
    if (outcome.kind === 'ended') markEnded(leg, outcome.terminalStatus);
    if (outcome.kind === 'failed') leftUp.set(leg, outcome.error.message);
  };
  const pending = () => run.legs.live().filter((leg) => !leftUp.has(leg));

  // A leg the flow already hung up is only waiting for its end to be reported.
  for (const leg of pending().filter((live) => !live.hungUpByRun)) {
    leg.hungUpByRun = true;
    await hangUp(leg);
  }
  for (let waiting = pending(); waiting.length > 0; waiting = pending()) {
    await run.ended(waiting, LEG_END_WAIT_MS);
    for (const leg of pending()) {
      const deadline = deadlineOf(leg);
      const reported = await run.api.getLeg(leg.sid).catch(() => null);
      if (reported?.state === 'terminal') markEnded(leg, reported.terminal_status ?? 'completed');
      else if (run.clock.now() >= deadline) leftUp.set(leg, stillUp(reported?.state));
      else await hangUp(leg);
    }
  }
  // A leg given up on may still have ended by itself meanwhile.
  const stillLive = [...leftUp].filter(([leg]) => leg.state !== 'terminal');
  return stillLive.map(([leg, reason]) => ({
    role: leg.role,
    number: leg.fields.contact_uri ?? '',
    sid: leg.sid,
    reason,
  }));
}

/** Records an end the API reported rather than an event. */
function markEnded(leg: RunLeg, terminalStatus: string): void {
  leg.state = 'terminal';
  leg.fields.terminal_status = terminalStatus;
}

function stillUp(state: string | undefined): string {
  const after = `Still up after ${HANGUP_BOUND_MS / 60_000} min of hang-ups`;
  return state ? `${after}: the platform reports it ${state}.` : `${after}.`;
}

/**
 * The run's reason with its legs left up named and what to do about them:
 * `…; 1 leg could not be hung up: agent 09163816621 (sid …): hang it up from Exotel's dashboard
 * or call the API.`
 */
export function reasonWithLegsLeftUp(reason: string, leftUp: readonly LegLeftUp[]): string {
  if (leftUp.length === 0) return reason;
  const legs = leftUp.map(
    (leg) => `${leg.role} ${leg.number || '(number unknown)'} (sid ${leg.sid})`,
  );
  const count = leftUp.length === 1 ? '1 leg' : `${leftUp.length} legs`;
  const them = leftUp.length === 1 ? 'it' : 'them';
  return `${reason.replace(/\.$/, '')}; ${count} could not be hung up: ${legs.join(', ')}: hang ${them} up from Exotel's dashboard or call the API.`;
}
