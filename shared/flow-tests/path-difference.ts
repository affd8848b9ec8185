/** Where a run's path first left the expected one: the step (from 1) and the node at it on each. */
export interface PathDifference {
  step: number;
  /** The node expected at that step; null when the run was expected to have ended. */
  expected: string | null;
  /** The node the run was at; null when the run had ended. */
  actual: string | null;
}

/**
 * The first step at which `actual` differs from `expected`, or null when they are the same
 * path: what a failing test shows ("step 5: expected sales, got no-input") and the canvas marks.
 */
export function firstPathDifference(
  expected: readonly string[],
  actual: readonly string[],
): PathDifference | null {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    if (expected[index] !== actual[index]) {
      return { step: index + 1, expected: expected[index] ?? null, actual: actual[index] ?? null };
    }
  }
  return null;
}
