import type { z } from 'zod';
import {
  canonicalEventName,
  eventData,
  eventTimeMs,
  isKnownEventName,
  legEventSchema,
} from '../../shared/events';
import type { LegEvent } from '../../shared/events';
import type { DeliveryInfo, EventTransport } from './event-delivery';
import type { ListenerClock } from './listener-clock';
import type { ListenerLogger } from './listener-logger';
import { RecentIds } from './recent-ids';
import { ReorderBuffer } from './reorder-buffer';

/** What the transport answers the sender: accepted and duplicate are both acknowledgements. */
export type IntakeOutcome =
  { kind: 'accepted' | 'duplicate'; eventSid: string } | { kind: 'invalid'; message: string };

/** Where an event came from, as the transport saw it. */
export interface IntakeSource {
  via: EventTransport;
  requestId?: string;
}

/** How {@link EventIntake} is set up. */
export interface EventIntakeOptions {
  dedupeCapacity: number;
  reorderWindowMs: number;
  logger: ListenerLogger;
  /** Receives each accepted event, once, in time order per leg. */
  release: (event: LegEvent, info: DeliveryInfo) => void;
  /** The clock events are held and stamped by; Node's and `Date.now()` by default. */
  clock?: ListenerClock;
}

interface HeldEvent {
  event: LegEvent;
  source: IntakeSource;
  receivedAt: number;
}

/**
 * The part of the listener both transports share, and its hot path: check an incoming event,
 * drop repeats, and hold it for ordering. It does only what the sender's answer depends on, so
 * the transport can acknowledge at once; subscribers hear of the event later, from the buffer.
 */
export class EventIntake {
  private readonly seen: RecentIds;
  /** Unknown names already reported: one warning per name, not one per event of a burst. */
  private readonly reportedNames = new RecentIds(1_000);
  private readonly buffer: ReorderBuffer<HeldEvent>;
  private readonly stamp: () => number;

  constructor(private readonly options: EventIntakeOptions) {
    this.seen = new RecentIds(options.dedupeCapacity);
    const { clock } = options;
    this.buffer = new ReorderBuffer<HeldEvent>({
      windowMs: options.reorderWindowMs,
      release: (held, late) => this.release(held, late),
      ...(clock ? { now: () => clock.now(), timers: clock } : {}),
    });
    this.stamp = clock ? () => clock.now() : () => Date.now();
  }

  /** Checks one event as it came off the wire (a plain object) and says how to answer. */
  accept(raw: unknown, source: IntakeSource): IntakeOutcome {
    const parsed = legEventSchema.safeParse(raw);
    if (!parsed.success) {
      const message = describeIssues(parsed.error);
      this.options.logger.warn('Rejected a malformed event', { via: source.via, message });
      return { kind: 'invalid', message };
    }
    const event = parsed.data;
    if (!this.seen.add(event.event_sid)) {
      this.options.logger.debug('Dropped a repeated event', { event_sid: event.event_sid });
      return { kind: 'duplicate', eventSid: event.event_sid };
    }
    if (!isKnownEventName(event.event_name) && this.reportedNames.add(event.event_name)) {
      this.options.logger.warn(
        `Unknown event name "${event.event_name}": delivered anyway. If the platform really ` +
          'sends it, add it to shared/events/event-names.ts.',
        { event_sid: event.event_sid, event_type: event.event_type },
      );
    }
    // The leg's fields from `data` (seed 001's layout) or `event_data.data` (the older one).
    const data = eventData(event);
    const key = data.leg_sid ?? (data.bridge_sid ? `bridge:${data.bridge_sid}` : undefined);
    this.buffer.push(key, eventTimeMs(event), { event, source, receivedAt: this.stamp() });
    return { kind: 'accepted', eventSid: event.event_sid };
  }

  /** Releases every held event now, in order; for shutting down. */
  flush(): void {
    this.buffer.flush();
  }

  private release(held: HeldEvent, late: boolean): void {
    const info: DeliveryInfo = {
      via: held.source.via,
      receivedAt: held.receivedAt,
      name: canonicalEventName(held.event.event_name),
      late,
    };
    if (held.source.requestId !== undefined) info.requestId = held.source.requestId;
    this.options.release(held.event, info);
  }
}

/** One line a sender's developer can act on: each problem with the field it is about. */
function describeIssues(error: z.ZodError): string {
  const problems = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : 'the event';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Malformed event: ${problems.join('; ')}${more}`;
}
