import { coverageSummary, outputName } from '../../../shared/flow-tests';
import type { FlowCoverage } from '../../../shared/flow-tests';
import type { FlowTestOutcome } from '../../flow-tests/run-flow-tests';
import { describeFailure } from '../run/junit-report';

/** One test's result as `legflow test` prints it; a failure with its first difference. */
export function outcomeLines(outcome: FlowTestOutcome): string[] {
  const head = `${outcome.passed ? 'PASS' : 'FAIL'} "${outcome.scenario}": ${outcome.result.status} in ${(outcome.durationMs / 1000).toFixed(1)} s`;
  if (outcome.passed) return [head];
  // A path expectation that failed shows both paths already.
  const showsPath = outcome.failures.some((failure) => failure.startsWith('path:'));
  return [
    head,
    ...(showsPath ? [] : [`  path: ${outcome.result.path.join(' → ')}`]),
    ...describeFailure(outcome)
      .split('\n')
      .map((line) => `  ${line}`),
  ];
}

/** The coverage block: the share, each untested output as `NODE_ID.PORT`, unreached nodes. */
export function coverageLines(coverage: FlowCoverage): string[] {
  const lines = [`Coverage: ${coverageSummary(coverage)} taken.`];
  if (coverage.untested.length > 0) {
    lines.push('Untested outputs:');
    for (const output of coverage.untested) lines.push(`  ${outputName(output)} → ${output.to}`);
  }
  if (coverage.unreachedNodes.length > 0) {
    lines.push(`Nodes no test reaches: ${coverage.unreachedNodes.join(', ')}`);
  }
  return lines;
}

/** The `--json` line of one test. */
export function outcomeJson(outcome: FlowTestOutcome) {
  return {
    type: 'test',
    name: outcome.scenario,
    passed: outcome.passed,
    status: outcome.result.status,
    reason: outcome.result.reason,
    path: outcome.result.path,
    outputs: outcome.outputs.map(outputName),
    failures: outcome.passed ? [] : describeFailure(outcome).split('\n'),
    durationMs: outcome.durationMs,
  };
}

/** The last `--json` line: the coverage, and how the tests went. */
export function coverageJson(
  coverage: FlowCoverage,
  outcomes: readonly FlowTestOutcome[],
  minCoverage: number | undefined,
  passed: boolean,
) {
  return {
    type: 'coverage',
    taken: coverage.taken,
    total: coverage.total,
    percent: coverage.percent,
    untested: coverage.untested.map(outputName),
    unreachedNodes: coverage.unreachedNodes,
    ...(minCoverage !== undefined && { minCoverage }),
    tests: outcomes.length,
    failed: outcomes.filter((outcome) => !outcome.passed).length,
    passed,
  };
}
