import { testsFileOf } from '../../shared/flow-tests/tests-file-shape';
import { readFlowTests, writeFlowTests } from './tests-file';

/**
 * Copies a tests file, checked again and in the stable layout. Returns how many tests were
 * copied; with no file at `from` nothing is written, so a file already at `to` is never lost.
 */
export async function copyTestsFile(from: string, to: string): Promise<number> {
  if (from === to) return 0;
  const tests = await readFlowTests(from);
  if (tests === null) return 0;
  await writeFlowTests(to, tests.scenarios);
  return tests.scenarios.length;
}

/**
 * Makes a flow's tests travel with Save as: the tests beside `fromFlow` are written beside
 * `toFlow`. See {@link copyTestsFile} for what happens when there are none.
 */
export function copyFlowTests(fromFlow: string, toFlow: string): Promise<number> {
  return copyTestsFile(testsFileOf(fromFlow), testsFileOf(toFlow));
}
