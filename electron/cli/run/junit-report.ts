import type { ScenarioOutcome } from '../../scenario/run-scenario';

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A JUnit XML report: one test case per scenario run (or repeat), for CI dashboards. */
export function junitReport(flowName: string, outcomes: ScenarioOutcome[]): string {
  const failed = outcomes.filter((outcome) => !passed(outcome)).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = outcomes.reduce((sum, outcome) => sum + outcome.durationMs, 0);
  const cases = outcomes.map((outcome, index) => {
    const name = outcomes.length > 1 ? `${outcome.scenario} #${index + 1}` : outcome.scenario;
    const open = `    <testcase classname="${xml(flowName)}" name="${xml(name)}" time="${seconds(outcome.durationMs)}"`;
    if (passed(outcome)) return `${open}/>`;
    const message = describeFailure(outcome);
    return `${open}>\n      <failure message="${xml(message.split('\n')[0]!)}">${xml(message)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${outcomes.length}" failures="${failed}" time="${seconds(total)}">`,
    `  <testsuite name="${xml(flowName)}" tests="${outcomes.length}" failures="${failed}" time="${seconds(total)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** A run passes when it completed (or ended as expected) and every expectation held. */
export function passed(outcome: ScenarioOutcome): boolean {
  return (
    outcome.failures.length === 0 &&
    (outcome.result.status === 'completed' || outcome.expectedStatus)
  );
}

export function describeFailure(outcome: ScenarioOutcome): string {
  if (outcome.failures.length) return outcome.failures.join('\n');
  return `The run ${outcome.result.status}: ${outcome.result.reason}`;
}
