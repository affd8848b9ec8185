import type { TerminalStatus } from '../../../shared/events';
import { isoNanos } from '../time-format';
import { DEFAULT_ANSWER_AFTER_S, MACHINE_HANGUP_AFTER_S } from '../personas/persona';
import type { AnsweredBy, Persona } from '../personas/persona';
import { endBridgesShortOfLegs, leaveBridge } from './bridges';
import { CALL_TIMING, CAUSE_ERRORS, HANGUP_CAUSE } from './call-timing';
import { stopRecording } from './recordings';
import type { SimLeg } from './sim-leg';
import type { EmitOptions, SimPlatform } from './sim-platform';
import type { ActionContext, WireEventError } from './wire-event';
import { EVENT } from '../../../shared/events';
import type { EventName } from '../../../shared/events';

const S = 1000;

/** How a leg ends. */
export interface LegOutcome {
  status: TerminalStatus;
  cause: number;
  at?: number;
  action?: ActionContext;
}

/**
 * Dials an outbound leg and plays out its party's persona, honouring the create-leg time-outs:
 * `timeout` (create to answer), `setup_timeout` (connecting to ringing), `ring_timeout`
 * (ringing to answer) and `time_limit` (the leg's whole life).
 */
export function dialOutbound(platform: SimPlatform, leg: SimLeg): void {
  const { persona, timeouts } = leg;
  platform.legTimer(leg, timeouts.timeLimit * S, (due) =>
    endLeg(platform, leg, {
      status: leg.answeredAt !== undefined ? 'completed' : 'no-answer',
      cause: leg.answeredAt !== undefined ? HANGUP_CAUSE.normal : HANGUP_CAUSE.timerExpired,
      at: due,
    }),
  );
  if (persona.behaviour === 'fail') {
    platform.legTimer(leg, CALL_TIMING.failAfterMs, (due) => failToCreate(platform, leg, due));
    return;
  }
  platform.legTimer(leg, timeouts.timeout * S, (due) => {
    if (leg.answeredAt === undefined) {
      endLeg(platform, leg, { status: 'no-answer', cause: HANGUP_CAUSE.noAnswer, at: due });
    }
  });
  platform.legTimer(leg, CALL_TIMING.connectingAfterMs, (due) => {
    leg.state = 'connecting';
    leg.startTime = due;
    platform.emitLeg(leg, EVENT.legConnecting, {}, { at: due });
    if (persona.behaviour === 'busy') {
      platform.legTimer(leg, CALL_TIMING.busyAfterMs, (at) =>
        endLeg(platform, leg, { status: 'busy', cause: HANGUP_CAUSE.busy, at }),
      );
    } else if (CALL_TIMING.setupMs > timeouts.setupTimeout * S) {
      platform.legTimer(leg, timeouts.setupTimeout * S, (at) =>
        endLeg(platform, leg, { status: 'failed', cause: HANGUP_CAUSE.timerExpired, at }),
      );
    } else {
      platform.legTimer(leg, CALL_TIMING.setupMs, (at) => ring(platform, leg, at));
    }
  });
}

function ring(platform: SimPlatform, leg: SimLeg, at: number): void {
  leg.state = 'ringing';
  platform.emitLeg(leg, EVENT.legRinging, {}, { at });
  platform.legTimer(leg, leg.timeouts.ringTimeout * S, (due) => {
    if (leg.answeredAt === undefined) {
      endLeg(platform, leg, { status: 'no-answer', cause: HANGUP_CAUSE.noAnswer, at: due });
    }
  });
  const { behaviour, answerAfter } = leg.persona;
  if (behaviour === 'answer' || behaviour === 'machine') {
    const after = answerAfter ?? DEFAULT_ANSWER_AFTER_S[behaviour];
    platform.legTimer(leg, after * S, (due) => partyAnswers(platform, leg, due));
  }
  // 'no-answer' rings until a time-out; 'interactive' until the virtual phone answers.
}

// ASSUMPTION(amd-answered-by): what leg_answered carries with sync, async and no AMD.
/**
 * The dialled party picks up. With AMD the verdict (`HUMAN`, `MACHINE`, or `BEEP` when the
 * persona says so: seed 001 lists all three) comes `amdMs` later: on `leg_answered` itself
 * (synchronous AMD: the leg stays `ringing` to the app until then) or as `amd_result_success`
 * (asynchronous: `leg_answered` comes at pick-up with no `answered_by` at all, so nobody takes it
 * for the verdict). Without AMD the platform cannot tell a machine from a person and says HUMAN.
 */
export function partyAnswers(platform: SimPlatform, leg: SimLeg, at = platform.clock.now()): void {
  if (!isRinging(leg)) return;
  leg.answeredAt = at;
  const verdict = amdVerdict(leg.persona);
  const connect = (when: number, answeredBy?: AnsweredBy) => {
    leg.state = 'connected';
    if (answeredBy) leg.answeredBy = answeredBy;
    const extra = answeredBy ? { answered_by: answeredBy } : {};
    platform.emitLeg(leg, EVENT.legAnswered, extra, { at: when });
  };
  if (!leg.amdEnable) {
    connect(at, 'HUMAN');
  } else if (!leg.asyncAmd) {
    platform.legTimer(leg, CALL_TIMING.amdMs, (due) => connect(due, verdict));
  } else {
    connect(at);
    platform.legTimer(leg, CALL_TIMING.amdMs, (due) => {
      leg.answeredBy = verdict;
      platform.emitLeg(leg, EVENT.amdResultSuccess, { answered_by: verdict }, { at: due });
    });
  }
  schedulePartyHangup(platform, leg);
}

/** What answering-machine detection reports for a persona: its own say, else by behaviour. */
export function amdVerdict(persona: Persona): AnsweredBy {
  return persona.answeredBy ?? (persona.behaviour === 'machine' ? 'MACHINE' : 'HUMAN');
}

/** Whether an outbound leg rings a party who has not picked up yet. */
export function isRinging(leg: SimLeg): boolean {
  return leg.direction === 'outbound' && leg.state === 'ringing' && leg.answeredAt === undefined;
}

/** `<Answer/>` on a ringing incoming leg. */
export function answerIncoming(platform: SimPlatform, leg: SimLeg, action: ActionContext): void {
  if (leg.state !== 'ringing' || leg.direction !== 'inbound') return;
  const at = platform.clock.now();
  leg.state = 'connected';
  leg.answeredAt = at;
  leg.answeredBy = 'HUMAN';
  platform.emitLeg(leg, EVENT.legAnswered, { answered_by: 'HUMAN' }, { at, action });
  schedulePartyHangup(platform, leg);
}

/** The party hangs up `hangupAfter` s after answering; a machine always does, eventually. */
function schedulePartyHangup(platform: SimPlatform, leg: SimLeg): void {
  const { behaviour, hangupAfter } = leg.persona;
  const after = hangupAfter ?? (behaviour === 'machine' ? MACHINE_HANGUP_AFTER_S : undefined);
  if (after === undefined) return;
  platform.legTimer(leg, after * S, (due) =>
    endLeg(platform, leg, { status: 'completed', cause: HANGUP_CAUSE.normal, at: due }),
  );
}

/**
 * Ends a live leg: stops its audio, input, recording and stream (with their events), takes it out
 * of its bridge, then sends `leg_terminated`: `terminal_status` in `data`, `hangup_cause_code` in
 * `event_data.data`, and `event_data.error` when the leg ended without being answered (busy, no
 * answer, a set-up time-out: seed 001's table gives `leg_terminated` an error column).
 */
export function endLeg(platform: SimPlatform, leg: SimLeg, outcome: LegOutcome): void {
  if (leg.state === 'terminal') return;
  const at = outcome.at ?? platform.clock.now();
  for (const timer of leg.timers) timer.cancel();
  leg.timers.clear();
  leg.gather?.cancel();
  leg.gather = undefined;
  leg.media.stop();
  const emit = (name: EventName, extra: Record<string, unknown>, options: EmitOptions) =>
    platform.emitLeg(leg, name, extra, options);
  stopRecording(leg, emit, platform.deps.recordingUrl, at);
  if (leg.stream) {
    platform.emitLeg(leg, EVENT.streamStopped, { stream_sid: leg.stream.sid }, { at });
    leg.stream = undefined;
  }
  if (leg.bridgeSid !== undefined) leaveBridge(platform, leg, { at });
  endBridgesShortOfLegs(platform, leg.sid, at);
  leg.state = 'terminal';
  leg.terminalStatus = outcome.status;
  leg.hangupCauseCode = outcome.cause;
  leg.endTime = at;
  const extra = {
    terminal_status: outcome.status,
    hangup_cause_code: outcome.cause,
    end_time: isoNanos(at),
    on_call_duration_ms: onCallMs(leg),
  };
  const error = terminationError(leg, outcome);
  platform.emitLeg(leg, EVENT.legTerminated, extra, {
    at,
    ...(outcome.action ? { action: outcome.action } : {}),
    ...(error ? { error } : {}),
  });
}

/** The error a leg that ended this way carries: none for a completed call. */
export function terminationError(leg: SimLeg, outcome: LegOutcome): WireEventError | undefined {
  if (outcome.status === 'completed') return undefined;
  const words = CAUSE_ERRORS[outcome.cause] ?? {
    message: `The leg ended: ${outcome.status}`,
    description: `Hangup cause ${outcome.cause}.`,
  };
  return {
    error_code: outcome.cause,
    message: words.message,
    description: `${words.description} (${leg.contactUri}, ${outcome.status})`,
  };
}

/** How long the leg has been (or was) answered, in whole virtual ms. */
export function onCallMs(leg: SimLeg, now?: number): number {
  if (leg.answeredAt === undefined) return 0;
  return Math.max(0, Math.round((leg.endTime ?? now ?? leg.answeredAt) - leg.answeredAt));
}

/** The number cannot be reached: `leg_failed_to_create`, with the error the seed describes. */
function failToCreate(platform: SimPlatform, leg: SimLeg, at: number): void {
  for (const timer of leg.timers) timer.cancel();
  leg.timers.clear();
  leg.state = 'terminal';
  leg.terminalStatus = 'failed';
  leg.hangupCauseCode = HANGUP_CAUSE.unallocated;
  leg.endTime = at;
  const error = {
    error_code: HANGUP_CAUSE.unallocated,
    message: CAUSE_ERRORS[HANGUP_CAUSE.unallocated]!.message,
    description: `${leg.contactUri} cannot be reached (simulated: its persona is "fail").`,
  };
  platform.emitLeg(leg, EVENT.legFailedToCreate, { terminal_status: 'failed' }, { at, error });
}
