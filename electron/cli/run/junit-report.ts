import type { ScenarioOutcome } from '../../scenario/run-scenario';
import { escapeAttribute, escapeText } from '../../../shared/exoml/escape';

/** A JUnit XML report: one test case per scenario run (or repeat), for CI dashboards. */
export function junitReport(flowName: string, outcomes: ScenarioOutcome[]): string {
  const failed = outcomes.filter((outcome) => !passed(outcome)).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = outcomes.reduce((sum, outcome) => sum + outcome.durationMs, 0);
  const cases = outcomes.map((outcome, index) => {
    const name = outcomes.length > 1 ? `${outcome.scenario} #${index + 1}` : outcome.scenario;
    const open = `    <testcase classname="${escapeAttribute(flowName)}" name="${escapeAttribute(name)}" time="${seconds(outcome.durationMs)}"`;
    if (passed(outcome)) return `${open}/>`;
    const message = describeFailure(outcome);
    return `${open}>\n      <failure message="${escapeAttribute(message.split('\n')[0]!)}">${escapeText(message)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${outcomes.length}" failures="${failed}" time="${seconds(total)}">`,
    `  <testsuite name="${escapeAttribute(flowName)}" tests="${outcomes.length}" failures="${failed}" time="${seconds(total)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/**
 * A run passes when it completed (or ended as expected), every expectation held, and it left no
 * leg up: a call nobody can end from the flow any more is a failure whatever the path was.
 */
export function passed(outcome: ScenarioOutcome): boolean {
  return (
    outcome.failures.length === 0 &&
    outcome.result.legsLeftUp.length === 0 &&
    (outcome.result.status === 'completed' || outcome.expectedStatus)
  );
}

export function describeFailure(outcome: ScenarioOutcome): string {
  const { result } = outcome;
  const lines = outcome.failures.length
    ? outcome.failures
    : [`The run ${result.status}: ${result.reason}`];
  return [...lines, ...result.legsLeftUp.map(describeLegLeftUp)].join('\n');
}

/** A leg the run could not hang up, with what to do about it. */
function describeLegLeftUp(leg: ScenarioOutcome['result']['legsLeftUp'][number]): string {
  return `LEG LEFT UP: ${leg.role} ${leg.number || '(number unknown)'} sid ${leg.sid} — ${leg.reason.replace(/\.?$/, '.')} Hang it up from Exotel's dashboard or call the API.`;
}
