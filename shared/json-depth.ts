/**
 * Whether a parsed JSON value nests deeper than `limit` levels. Iterative, so the check cannot run
 * out of stack on the input it guards against: JSON.parse takes far deeper text than
 * JSON.stringify, a printer or a schema can walk back out of (around 4,500 levels in Node).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}
