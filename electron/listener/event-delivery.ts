import type { LegEvent } from '../../shared/events';

/** How an event reached the listener. */
export type EventTransport = 'grpc' | 'http';

/** What the listener knows about one delivered event besides the event itself. */
export interface DeliveryInfo {
  via: EventTransport;
  /** When the listener accepted it, in milliseconds since the epoch. */
  receivedAt: number;
  /** The event name with the aliases seen in samples folded (`leg_incoming` → `incoming_leg`). */
  name: string;
  /** True when a newer event of the same leg had already been delivered: order could not be kept. */
  late: boolean;
  /** The run the event's leg is assigned to, if any. */
  runId?: string;
  /** The HTTPS delivery's `X-Exotel-Request-Id` (`<event_sid>-<attempt>`). */
  requestId?: string;
}

/** Receives events; may be async, but the listener does not wait for it and logs what it throws. */
export type EventHandler = (event: LegEvent, info: DeliveryInfo) => void | Promise<void>;

/** Whose events a subscriber wants: every event, one leg's, or those of the legs of one run. */
export type SubscriptionTarget = 'all' | { legSid: string } | { runId: string };
