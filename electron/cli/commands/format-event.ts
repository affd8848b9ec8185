import { eventData } from '../../../shared/events';
import type { LegEvent } from '../../../shared/events';
import type { DeliveryInfo } from '../../listener';
import { printableLine } from '../../text/printable';

const SHOWN_FIELDS = [
  'state',
  'terminal_status',
  'answered_by',
  'digits',
  'bridge_sid',
  'contact_uri',
] as const;

/** One readable line for an event: time, leg, name and the fields people look for. */
export function formatEventLine(event: LegEvent, info: DeliveryInfo): string {
  const data = eventData(event);
  const time = new Date(event.event_timestamp.seconds * 1000 + event.event_timestamp.nanos / 1e6)
    .toISOString()
    .slice(11, 23);
  const fields = SHOWN_FIELDS.flatMap((name) =>
    data[name] ? [`${name}=${String(data[name])}`] : [],
  );
  const error = event.event_data?.error?.message
    ? [`error="${event.event_data.error.message}"`]
    : [];
  const flags = [info.via, ...(info.late ? ['late'] : [])].join(',');
  // Every part came off the network: none may carry escape codes to the terminal.
  return [time, data.leg_sid ?? '-', info.name, ...fields, ...error, `(${flags})`]
    .map(printableLine)
    .join('  ');
}

/** The `--json` form: the event as received, with how it came. */
export function formatEventJson(event: LegEvent, info: DeliveryInfo): string {
  return JSON.stringify({
    ...event,
    _received: { via: info.via, at: info.receivedAt, late: info.late },
  });
}
