import type { FlowTestOutcome } from '../../flow-tests/run-flow-tests';
import { describeFailure } from '../run/junit-report';
import { escapeAttribute, escapeText } from '../../../shared/exoml/escape';

/**
 * The JUnit report of `legflow test`: one test case per test, named as the test is (names are
 * unique in a tests file), so a CI dashboard follows each test from build to build even when
 * tests are added before it.
 */
export function testsJunitReport(flowName: string, outcomes: readonly FlowTestOutcome[]): string {
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = seconds(outcomes.reduce((sum, outcome) => sum + outcome.durationMs, 0));
  const suite = `tests="${outcomes.length}" failures="${failed}" time="${total}"`;
  const cases = outcomes.map((outcome) => {
    const open = `    <testcase classname="${escapeAttribute(flowName)}" name="${escapeAttribute(outcome.scenario)}" time="${seconds(outcome.durationMs)}"`;
    if (outcome.passed) return `${open}/>`;
    const message = describeFailure(outcome);
    return `${open}>\n      <failure message="${escapeAttribute(message.split('\n')[0]!)}">${escapeText(message)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${suite}>`,
    `  <testsuite name="${escapeAttribute(flowName)}" ${suite}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
