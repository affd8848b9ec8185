import type { SimClock } from '../clock/sim-clock';
import type { EventDispatcher } from '../delivery/event-dispatcher';
import { endpointProblem } from '../delivery/event-endpoint';
import type { Persona } from '../personas/persona';
import type { Phonebook } from '../personas/phonebook';
import { isDialable, numberKey } from '../../../shared/phone-number';
import { receiveIncomingCall } from '../platform/incoming-call';
import type { SimLeg } from '../platform/sim-leg';
import type { SimPlatform } from '../platform/sim-platform';
import { isoNanos } from '../time-format';
import { clockStatus, createClockMoves } from './clock-control';
import { ControlError } from './control-types';
import type { SimulatorControl } from './control-types';
import { summarizeLeg } from './leg-summary';
import { answerAsParty, hangUpAsParty, pressAsParty, rejectAsParty } from './party-actions';

/** What the control API works on. */
export interface ControlDeps {
  platform: SimPlatform;
  phonebook: Phonebook;
  dispatcher: EventDispatcher;
  clock: SimClock;
  /** The faults in force, in SPEC syntax, for `stats()`. */
  faults: string;
}

/** The simulator's control API (see {@link SimulatorControl}). */
export function createControl(deps: ControlDeps): SimulatorControl {
  const { platform, phonebook, dispatcher, clock } = deps;
  const legOf = (legSid: string): SimLeg => {
    const leg = platform.legs.get(legSid);
    if (!leg) throw new ControlError(404, `There is no leg ${legSid}.`);
    return leg;
  };
  const summary = (leg: SimLeg) => summarizeLeg(platform, leg);
  const legs = () => [...platform.legs.values()];
  const instant = <T>(fn: () => T): T => clock.atOneInstant(fn);
  const moves = createClockMoves(clock, dispatcher);

  // What a party does happens at one virtual instant (see SimClock.atOneInstant).
  const control: SimulatorControl = {
    listLegs: (filter = {}) =>
      legs()
        .filter((leg) => filter.live === undefined || filter.live === (leg.state !== 'terminal'))
        .map(summary),
    getLeg: (legSid) => summary(legOf(legSid)),
    listParties: () =>
      legs()
        .filter((leg) => leg.state !== 'terminal')
        .map(summary),
    phonebook: () => phonebook.entries(),
    setPersona: (number, persona, name) => {
      if (!isDialable(number)) throw new ControlError(400, `"${number}" is not a dialable number.`);
      return phonebook.set(number, persona, name);
    },
    answer: (legSid) =>
      instant(() => {
        const leg = legOf(legSid);
        answerAsParty(platform, leg);
        return summary(leg);
      }),
    reject: (legSid) =>
      instant(() => {
        const leg = legOf(legSid);
        rejectAsParty(platform, leg);
        return summary(leg);
      }),
    pressDigits: (legSid, digits) => {
      if (!/^[0-9*#]+$/.test(digits)) {
        throw new ControlError(400, `"${digits}" is not keys of a keypad: use 0-9, * and #.`);
      }
      const heard = instant(() => pressAsParty(platform, legOf(legSid), digits));
      return { legSid, pressed: digits, heard };
    },
    hangUp: (legSid) =>
      instant(() => {
        const leg = legOf(legSid);
        hangUpAsParty(platform, leg);
        return summary(leg);
      }),
    placeIncomingCall: (request) => {
      for (const [field, value] of [
        ['from', request.from],
        ['exophone', request.exophone],
      ]) {
        if (!isDialable(value!)) {
          throw new ControlError(400, `${field} "${value}" is not an Indian number or sip: URI.`);
        }
      }
      const registered = platform.exophones.get(numberKey(request.exophone));
      const endpoint = request.endpoint ?? registered?.endpoint;
      if (endpoint === undefined) {
        throw new ControlError(
          409,
          `No event endpoint is registered for exophone ${request.exophone}: PUT /_sim/exophones/${request.exophone} first.`,
        );
      }
      const problem = endpointProblem('endpoint', endpoint);
      if (problem) throw new ControlError(400, problem);
      const entry = phonebook.entryOf(request.from);
      const persona: Persona = request.persona ?? entry?.persona ?? { behaviour: 'interactive' };
      const name = request.name ?? entry?.name;
      const leg = instant(() =>
        receiveIncomingCall(platform, {
          from: request.from,
          exophone: request.exophone,
          endpoint,
          persona,
          ...(name === undefined ? {} : { partyName: name }),
        }),
      );
      return summary(leg);
    },
    registerExophone: (exophone, endpoint) => {
      if (!isDialable(exophone)) {
        throw new ControlError(400, `"${exophone}" is not an Indian number or sip: URI.`);
      }
      const problem = endpointProblem('endpoint', endpoint);
      if (problem) throw new ControlError(400, problem);
      platform.exophones.set(numberKey(exophone), { exophone, endpoint });
      return { exophone, endpoint };
    },
    exophones: () => [...platform.exophones.values()],
    subscribe: (observer) => platform.observe(observer),
    stats: () => {
      const all = legs();
      const bridges = [...platform.bridges.values()];
      return {
        accountSid: platform.deps.accountSid,
        clock: clock.mode,
        speed: clock.speed,
        now: isoNanos(clock.now()),
        faults: deps.faults,
        legs: { total: all.length, live: all.filter((leg) => leg.state !== 'terminal').length },
        bridges: {
          total: bridges.length,
          active: bridges.filter((bridge) => bridge.state === 'active').length,
        },
        delivery: { ...dispatcher.stats },
        pendingTimers: clock.pendingCount,
      };
    },
    whenDelivered: () => dispatcher.whenIdle(),
    clock: () => clockStatus(clock),
    advanceClock: (ms) => moves.advance(ms),
    advanceClockToNext: () => moves.advanceToNext(),
  };
  return control;
}
