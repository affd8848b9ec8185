import type { TestResult } from '../../shared/ipc';

/** A failing test's first difference as the Tests tab words it: "step 5: expected sales, got no-input". */
export function differenceText(difference: NonNullable<TestResult['pathDifference']>): string {
  return `step ${difference.step}: expected ${difference.expected ?? 'the end'}, got ${difference.actual ?? 'the end'}`;
}

/** One line for a test's last result. */
export function resultText(result: TestResult): string {
  if (result.passed)
    return `Passed: ${result.status} in ${(result.durationMs / 1000).toFixed(1)} s`;
  if (result.pathDifference) return differenceText(result.pathDifference);
  return result.failures[0] ?? `${result.status}: ${result.reason}`;
}
