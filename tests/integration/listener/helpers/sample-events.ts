/** Leg events shaped like the reference's samples, for sending over the wire. */

let counter = 0;

/** A fresh event sid, like the platform's (32 characters, ending in 00000). */
export function newEventSid(): string {
  counter += 1;
  return `EV${String(counter).padStart(8, '0')}${Math.random().toString(36).slice(2, 19).padEnd(17, 'x')}00000`;
}

/** The time a leg's events start at in these tests: 2023-06-05T12:08:45Z, as in a seed sample. */
export const BASE_SECONDS = 1_685_966_925;

/** A wire event for `legSid`, `offsetMs` after {@link BASE_SECONDS}. */
export function legEvent(
  legSid: string,
  eventName: string,
  offsetMs: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    event_sid: newEventSid(),
    event_type: eventName.startsWith('leg_') ? 'leg_lifecycle_event' : 'leg_action_event',
    event_name: eventName,
    event_timestamp: {
      seconds: BASE_SECONDS + Math.floor(offsetMs / 1000),
      nanos: (offsetMs % 1000) * 1_000_000,
    },
    event_data: {
      data: {
        account_sid: 'exotel60',
        leg_sid: legSid,
        contact_uri: '07417712343',
        exophone: '08030752400',
        direction: 'outbound',
        network_type: 'pstn',
        time_limit: 14400,
        ...extra,
      },
    },
  };
}
