import { describe, expect, it } from 'vitest';
import { describeFailure, junitReport, passed } from '../../../../electron/cli/run/junit-report';
import type { ScenarioOutcome } from '../../../../electron/scenario/run-scenario';

const SID = 'e0d9a1f2c3b4a5968778695a4b3c2d1e';

function outcome(legsLeftUp: ScenarioOutcome['result']['legsLeftUp']): ScenarioOutcome {
  return {
    scenario: 'they talk',
    result: {
      status: 'completed',
      reason: legsLeftUp.length
        ? `Reached "Call over"; 1 leg could not be hung up: agent 09163816621 (sid ${SID}): hang it up from Exotel's dashboard or call the API.`
        : 'Reached "Call over".',
      path: ['call-agent', 'done'],
      legs: { agent: { sid: SID, state: legsLeftUp.length ? 'connected' : 'terminal' } },
      legsLeftUp,
    },
    failures: [],
    durationMs: 160_000,
    expectedStatus: false,
  };
}

const LEFT_UP = {
  role: 'agent',
  number: '09163816621',
  sid: SID,
  reason: 'The platform had an internal error (500): Internal error',
};

describe('a run that left a leg up', () => {
  it('fails even though it completed and its expectations held', () => {
    expect(passed(outcome([]))).toBe(true);
    expect(passed(outcome([LEFT_UP]))).toBe(false);
  });

  it('names the leg, its number and sid, and what to do, in the failure text and the report', () => {
    const lines = describeFailure(outcome([LEFT_UP])).split('\n');
    expect(lines[1]).toBe(
      `LEG LEFT UP: agent 09163816621 sid ${SID} — The platform had an internal error (500): ` +
        "Internal error. Hang it up from Exotel's dashboard or call the API.",
    );
    const report = junitReport('Click to call', [outcome([LEFT_UP])]);
    expect(report).toContain('failures="1"');
    expect(report).toContain(`LEG LEFT UP: agent 09163816621 sid ${SID}`);
  });
});
