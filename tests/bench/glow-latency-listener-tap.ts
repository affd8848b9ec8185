// Times each event at the listener, inside the bench process. The backend keeps its run
// service, and so its listener, to itself (createBackend exposes neither), so the bench wraps
// two methods of the listener's classes for as long as it runs: EventIntake.accept, where the
// gRPC endpoint hands over an event as it comes off the wire, and EventSubscribers.deliver,
// where the listener releases it to the runner after its reorder window. Production code is
// untouched; if either method is renamed the bench fails loudly instead of timing nothing.
import { EventIntake } from '../../electron/listener/event-intake';
import { EventSubscribers } from '../../electron/listener/event-subscribers';
import { benchNow } from './glow-latency-clock';

/** When one event reached the listener and when the listener released it, bench clock ms. */
export interface ListenerTimes {
  arrivedAt: number;
  releasedAt?: number;
}

export interface ListenerTap {
  /** Every accepted event by its event_sid. */
  readonly events: ReadonlyMap<string, ListenerTimes>;
  /** Arrival times of accepted events, in order: for the event rate. */
  readonly arrivals: readonly number[];
  /** Puts the listener's methods back. */
  remove(): void;
}

export function tapListener(): ListenerTap {
  const accept = EventIntake.prototype.accept;
  const deliver = EventSubscribers.prototype.deliver;
  if (typeof accept !== 'function' || typeof deliver !== 'function') {
    throw new Error('The listener no longer has EventIntake.accept / EventSubscribers.deliver');
  }
  const events = new Map<string, ListenerTimes>();
  const arrivals: number[] = [];
  EventIntake.prototype.accept = function timedAccept(this: EventIntake, raw, source) {
    const arrivedAt = benchNow();
    const outcome = accept.call(this, raw, source);
    if (outcome.kind === 'accepted') {
      events.set(outcome.eventSid, { arrivedAt });
      arrivals.push(arrivedAt);
    }
    return outcome;
  };
  EventSubscribers.prototype.deliver = function timedDeliver(this: EventSubscribers, event, info) {
    const times = events.get(event.event_sid);
    if (times && times.releasedAt === undefined) times.releasedAt = benchNow();
    deliver.call(this, event, info);
  };
  return {
    events,
    arrivals,
    remove() {
      EventIntake.prototype.accept = accept;
      EventSubscribers.prototype.deliver = deliver;
    },
  };
}
