import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../../shared/flow';
import { flowCoverage } from '../../../../shared/flow-tests';
import {
  coverageMarks,
  keepUnchanged,
  pathEdgeKey,
  pathMarks,
} from '../../../../renderer/tests/test-marks';
import { testsCoverage } from '../../../../renderer/tests/tests-coverage';
import { differenceText, resultText } from '../../../../renderer/tests/result-words';
import type { TestResult } from '../../../../shared/ipc';

const IVR = loadFlow(
  readFileSync(
    new URL('../../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
    'utf8',
  ),
);

const SALES_PATH = ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'];
const SALES_OUTPUTS = [
  { nodeId: 'start', port: 'next' },
  { nodeId: 'answer', port: 'next' },
  { nodeId: 'welcome', port: 'next' },
  { nodeId: 'menu', port: '2' },
  { nodeId: 'sales', port: 'next' },
];

function result(name: string, passed: boolean): TestResult {
  return {
    name,
    passed,
    status: 'completed',
    reason: 'The flow ended',
    path: SALES_PATH,
    failures: passed ? [] : ['the path differs'],
    pathDifference: passed ? null : { step: 5, expected: 'sales', actual: 'no-input' },
    outputs: SALES_OUTPUTS,
    durationMs: 11_500,
  };
}

describe('coverage marks', () => {
  it('marks each connected port tested or untested, and the nodes no test reaches', () => {
    const marks = coverageMarks(flowCoverage(IVR, [{ path: SALES_PATH, outputs: SALES_OUTPUTS }]));
    expect(marks.ports.menu).toEqual({
      '1': 'untested',
      '2': 'tested',
      '3': 'untested',
      'no-input': 'untested',
      invalid: 'untested',
    });
    expect(marks.ports.start).toEqual({ next: 'tested', 'hung-up': 'untested' });
    // A port with no line leaving it is not an output to cover.
    expect(marks.ports.bye).toBeUndefined();
    expect(Object.keys(marks.unreached).sort()).toEqual(
      ['accounts', 'caller-left', 'invalid', 'no-input', 'support'].sort(),
    );
  });

  it('keeps a node’s marks object while its marks stay the same, so it does not re-render', () => {
    const before = coverageMarks(flowCoverage(IVR, []));
    const after = keepUnchanged(
      before,
      coverageMarks(flowCoverage(IVR, [{ path: SALES_PATH, outputs: SALES_OUTPUTS }])),
    )!;
    expect(after.ports.support).toBe(before.ports.support);
    expect(after.ports.menu).not.toBe(before.ports.menu);
    expect(after.ports.menu!['2']).toBe('tested');
  });

  it('counts each test by its latest result, and nothing before any has run', () => {
    const scenario = { name: 'sales', parties: {}, incoming: [], expect: {} };
    expect(testsCoverage(IVR, { scenarios: [scenario], results: {} })).toBeNull();
    const coverage = testsCoverage(IVR, {
      scenarios: [scenario],
      results: { sales: result('sales', true) },
    })!;
    expect(`${coverage.taken} of ${coverage.total}`).toBe('5 of 14');
  });
});

describe('a failing test’s paths', () => {
  it('marks where the expected and taken paths agree, and where each goes alone', () => {
    const marks = pathMarks(
      ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'],
      ['start', 'answer', 'welcome', 'menu', 'no-input', 'bye'],
    );
    expect(marks.nodes.menu).toBe('both');
    expect(marks.nodes.sales).toBe('expected');
    expect(marks.nodes['no-input']).toBe('taken');
    expect(marks.nodes.bye).toBe('both');
    expect(marks.edges[pathEdgeKey('menu', 'sales')]).toBe('expected');
    expect(marks.edges[pathEdgeKey('menu', 'no-input')]).toBe('taken');
    expect(marks.edges[pathEdgeKey('welcome', 'menu')]).toBe('both');
  });

  it('words the first difference as the command line does', () => {
    expect(differenceText({ step: 5, expected: 'sales', actual: 'no-input' })).toBe(
      'step 5: expected sales, got no-input',
    );
    expect(differenceText({ step: 7, expected: null, actual: 'bye' })).toBe(
      'step 7: expected the end, got bye',
    );
    expect(resultText(result('a', false))).toBe('step 5: expected sales, got no-input');
    expect(resultText(result('a', true))).toBe('Passed: completed in 11.5 s');
  });
});
