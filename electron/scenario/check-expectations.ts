import { firstPathDifference } from '../../shared/flow-tests/path-difference';
import type { RunResult } from '../runner';
import type { Scenario } from './scenario-schema';

/** What a scenario expected and the run did otherwise, in plain words; empty when all held. */
export function checkExpectations(expect: Scenario['expect'], result: RunResult): string[] {
  const failures: string[] = [];
  if (expect.status !== undefined && expect.status !== result.status) {
    failures.push(`status: expected ${expect.status}, the run ${result.status} (${result.reason})`);
  }
  if (expect.path !== undefined) {
    const difference = firstPathDifference(expect.path, result.path);
    if (difference) {
      failures.push(
        `path: expected ${expect.path.join(' → ')}\n        the run went ${result.path.join(' → ')}\n        first difference at step ${difference.step}: expected ${difference.expected ?? '(the end)'}, got ${difference.actual ?? '(the end)'}`,
      );
    }
  }
  for (const [role, status] of Object.entries(expect.legs ?? {})) {
    const leg = result.legs[role];
    const actual = leg?.terminal_status ?? leg?.state ?? 'no leg';
    if (actual !== status) failures.push(`legs.${role}: expected ${status}, got ${actual}`);
  }
  return failures;
}
