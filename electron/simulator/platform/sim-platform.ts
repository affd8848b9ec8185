import type { SimClock, SimTimer } from '../clock/sim-clock';
import type { Phonebook } from '../personas/phonebook';
import type { SimIds } from '../sim-ids';
import type { SimLogger } from '../sim-logger';
import { CallGroups } from './call-groups';
import {
  BRIDGE_STATE_FIELDS,
  bridgeFields,
  buildEvent,
  legFields,
  nextStamp,
  splitLegExtra,
} from './event-factory';
import type { SimBridge } from './sim-bridge';
import type { SimLeg } from './sim-leg';
import type { ActionContext, WireEvent, WireEventError } from './wire-event';
import type { EventName } from '../../../shared/events';

/** Hands an event to delivery: where it goes, and the key whose order must be kept. */
export type SendEvent = (event: WireEvent, endpoint: string, orderKey: string) => void;

/** What the simulator's own observers (the virtual phone, tests) hear of each event sent. */
export interface PlatformNotice {
  event: WireEvent;
  endpoint: string;
  legSid?: string;
  bridgeSid?: string;
}

/** What the platform model needs from the simulator around it. */
export interface PlatformDeps {
  clock: SimClock;
  accountSid: string;
  phonebook: Phonebook;
  send: SendEvent;
  logger: SimLogger;
  /** Every sid the platform makes comes from here, so a seeded run repeats its sids. */
  ids: SimIds;
  /** Where a finished recording can be fetched; the simulator serves a silent file there. */
  recordingUrl: (sid: string, format: string, durationMs: number) => string;
}

/**
 * How many legs are remembered; past it the oldest ended ones are forgotten (get-leg then says
 * 404), so a `legflow sim` left running for days does not grow without end.
 */
const REMEMBERED_LEGS = 10_000;

/** How many events of a leg `GET .../external_events` keeps. */
const STORED_EVENTS_PER_LEG = 500;

/** Extra fields and options of one event. */
export interface EmitOptions {
  at?: number;
  action?: ActionContext;
  error?: WireEventError;
}

/**
 * The simulated platform's state: its legs, bridges and calls, which exophone sends incoming
 * calls where, and the one way events leave it. The behaviour lives in the modules beside this
 * one (lifecycle, actions, bridges); this class only holds and announces.
 */
export class SimPlatform {
  readonly legs = new Map<string, SimLeg>();
  readonly bridges = new Map<string, SimBridge>();
  readonly calls = new CallGroups();
  /** Exophone (by number key) → the endpoint its incoming calls' events go to. */
  readonly exophones = new Map<string, { exophone: string; endpoint: string }>();
  private readonly observers = new Set<(notice: PlatformNotice) => void>();
  // ASSUMPTION(default-location): dc_code and nso_code of legs placed by no request field.
  /**
   * Where legs are placed when nothing says otherwise, from seed 001's samples: data centre 101;
   * outbound legs on the node of the `leg_connecting` sample, incoming legs on the node of the
   * `incoming_leg` table, so that co-location (`reference_leg_sid`) shows in the events.
   */
  readonly dcCode = '101';
  readonly nsoCode = '9988fd96-ce41-11ed-9a09-0242ac110003';
  readonly incomingNsoCode = 'a8140aaa-ce40-11ed-9a09-0242ac110003';

  constructor(readonly deps: PlatformDeps) {}

  get clock(): SimClock {
    return this.deps.clock;
  }

  /** This simulator's sids and request ids. */
  get ids(): SimIds {
    return this.deps.ids;
  }

  /**
   * Sends an event about a leg to its current endpoint, and keeps it for external_events. The
   * leg's fields go in `data`; `extra` is split between `data` (state fields) and
   * `event_data.data` (what the action adds) by event-factory.ts.
   */
  emitLeg(
    leg: SimLeg,
    name: EventName,
    extra: Record<string, unknown> = {},
    options: EmitOptions = {},
  ) {
    const stamp = nextStamp(leg, options.at ?? this.clock.now());
    leg.updatedAt = Math.max(leg.updatedAt, stamp);
    const { leg: state, action: actionData } = splitLegExtra(extra);
    const fields = { data: { ...legFields(leg), ...state }, actionData, error: options.error };
    const event = buildEvent(this.ids, name, fields, stamp, options.action);
    leg.events.push(event);
    if (leg.events.length > STORED_EVENTS_PER_LEG) leg.events.shift();
    this.deps.send(event, leg.endpoint, leg.sid);
    this.notify({ event, endpoint: leg.endpoint, legSid: leg.sid });
  }

  /**
   * Sends an event about a bridge to the bridge's endpoint: the bridge's fields in `data`, what
   * its actions add (`recording_sid`…) in `event_data.data`, as for legs.
   */
  emitBridge(
    bridge: SimBridge,
    name: EventName,
    extra: Record<string, unknown> = {},
    options: EmitOptions = {},
  ) {
    const stamp = nextStamp(bridge, options.at ?? this.clock.now());
    bridge.updatedAt = Math.max(bridge.updatedAt, stamp);
    const { leg: own, action: actionData } = splitLegExtra(extra, BRIDGE_STATE_FIELDS);
    const fields = { data: { ...bridgeFields(bridge), ...own }, actionData, error: options.error };
    const event = buildEvent(this.ids, name, fields, stamp, options.action);
    this.deps.send(event, bridge.endpoint, `bridge:${bridge.sid}`);
    this.notify({ event, endpoint: bridge.endpoint, bridgeSid: bridge.sid });
  }

  /** Runs `fn` after `ms` virtual ms unless the leg ends first. */
  legTimer(leg: SimLeg, ms: number, fn: (due: number) => void): SimTimer {
    const timer = this.clock.after(ms, (due) => {
      leg.timers.delete(timer);
      fn(due);
    });
    leg.timers.add(timer);
    return timer;
  }

  /** Registers a new leg, forgetting the oldest ended legs when there are too many. */
  addLeg(leg: SimLeg): void {
    this.legs.set(leg.sid, leg);
    if (this.legs.size <= REMEMBERED_LEGS) return;
    for (const [sid, old] of this.legs) {
      if (this.legs.size <= REMEMBERED_LEGS) break;
      if (old.state === 'terminal') this.legs.delete(sid);
    }
  }

  /** Hears of every event sent; returns the function that stops it. */
  observe(observer: (notice: PlatformNotice) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private notify(notice: PlatformNotice): void {
    for (const observer of this.observers) {
      try {
        observer(notice);
      } catch (error) {
        this.deps.logger.warn('A simulator observer threw', { error: String(error) });
      }
    }
  }
}
