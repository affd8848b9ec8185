/**
 * How deep an event may nest. The documented events are four levels deep (`event_data.data.x`);
 * a thousand-level event is an attack or a bug, and every printer, log and run file that walks it
 * recursively would be at risk, so it is refused at the door with a reason.
 */
export const MAX_EVENT_DEPTH = 32;

/** Why `value` is refused for nesting deeper than {@link MAX_EVENT_DEPTH}, or undefined. */
export function nestingProblem(value: unknown): string | undefined {
  // Iterative, so the check itself cannot run out of stack on the input it guards against.
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_EVENT_DEPTH) {
      return `Malformed event: it nests more than ${MAX_EVENT_DEPTH} levels deep.`;
    }
    for (const child of Object.values(current)) pending.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
