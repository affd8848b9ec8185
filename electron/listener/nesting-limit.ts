import { nestsDeeperThan } from '../../shared/json-depth';

/**
 * How deep an event may nest. The documented events are four levels deep (`event_data.data.x`);
 * a thousand-level event is an attack or a bug, and every printer, log and run file that walks it
 * recursively would be at risk, so it is refused at the door with a reason.
 */
export const MAX_EVENT_DEPTH = 32;

/** Why `value` is refused for nesting deeper than {@link MAX_EVENT_DEPTH}, or undefined. */
export function nestingProblem(value: unknown): string | undefined {
  return nestsDeeperThan(value, MAX_EVENT_DEPTH)
    ? `Malformed event: it nests more than ${MAX_EVENT_DEPTH} levels deep.`
    : undefined;
}
