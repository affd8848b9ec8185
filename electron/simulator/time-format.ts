/**
 * The date formats the platform's replies and events use, from the reference's samples. All take
 * virtual milliseconds since the epoch (fractions allowed: the virtual clock is finer than 1 ms).
 */

/** An event's `event_timestamp`: whole seconds and the nanoseconds past them. */
export function protoTimestamp(ms: number): { seconds: number; nanos: number } {
  const seconds = Math.floor(ms / 1000);
  const nanos = Math.min(999_999_999, Math.round((ms - seconds * 1000) * 1_000_000));
  return { seconds, nanos };
}

/** `2023-06-05T08:02:33.214702529Z`: leg fields in events and get-leg. */
export function isoNanos(ms: number): string {
  return isoFromTimestamp(protoTimestamp(ms));
}

/** The same from `{seconds, nanos}`, as the HTTPS delivery writes `event_timestamp`. */
export function isoFromTimestamp({ seconds, nanos }: { seconds: number; nanos: number }): string {
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  return `${whole}.${String(nanos).padStart(9, '0')}Z`;
}

/** `2023-05-31 08:02:32.608752571 +0000 UTC`: `created_at` of a created leg (the seed's reply). */
export function goTimeString(ms: number): string {
  const iso = isoNanos(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, -1)} +0000 UTC`;
}

/** `2020-09-15 11:01:20+05:30`: v3 call legs give India time. */
export function istDateTime(ms: number): string {
  const shifted = new Date(Math.floor(ms) + 330 * 60_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}+05:30`;
}
