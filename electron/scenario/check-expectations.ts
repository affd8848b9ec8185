import type { RunResult } from '../runner';
import type { Scenario } from './scenario-schema';

/** What a scenario expected and the run did otherwise, in plain words; empty when all held. */
export function checkExpectations(expect: Scenario['expect'], result: RunResult): string[] {
  const failures: string[] = [];
  if (expect.status !== undefined && expect.status !== result.status) {
    failures.push(`status: expected ${expect.status}, the run ${result.status} (${result.reason})`);
  }
  if (expect.path !== undefined) {
    const differs = expect.path.findIndex((id, index) => result.path[index] !== id);
    const at =
      differs >= 0 ? differs : expect.path.length < result.path.length ? expect.path.length : -1;
    if (at >= 0) {
      failures.push(
        `path: expected ${expect.path.join(' → ')}\n        the run went ${result.path.join(' → ')}\n        first difference at step ${at + 1}: expected ${expect.path[at] ?? '(the end)'}, got ${result.path[at] ?? '(the end)'}`,
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
