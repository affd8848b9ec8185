import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../../shared/flow';
import {
  coverageSummary,
  flowCoverage,
  meetsCoverage,
  outputName,
  outputsTaken,
} from '../../../../shared/flow-tests';
import type { TraceUpdate } from '../../../../shared/flow-tests';

const IVR = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));

/** The updates of a run that walks `steps`: each node entered, then left by its port. */
function walk(...steps: [nodeId: string, port: string | null][]): TraceUpdate[] {
  return steps.flatMap(([nodeId, port], index) => {
    const next = steps[index + 1]?.[0] ?? null;
    const entered: TraceUpdate = { type: 'node-entered', nodeId };
    return port === null ? [entered] : [entered, { type: 'node-left', nodeId, port, to: next }];
  });
}

const SALES = walk(
  ['start', 'next'],
  ['answer', 'next'],
  ['welcome', 'next'],
  ['menu', '2'],
  ['sales', 'next'],
  ['bye', 'next'],
);

describe('outputsTaken', () => {
  it('lists the ports a run left each node by, in order', () => {
    expect(outputsTaken(IVR, SALES).map(outputName)).toEqual([
      'start.next',
      'answer.next',
      'welcome.next',
      'menu.2',
      'sales.next',
      'bye.next',
    ]);
  });

  it("credits a jump to a hang-up handler to the leg creator's hung-up port", () => {
    const updates: TraceUpdate[] = [
      ...walk(['start', 'next'], ['answer', 'next']),
      { type: 'node-entered', nodeId: 'welcome' },
      { type: 'event', leg: 'caller', name: 'leg_terminated' },
      { type: 'node-entered', nodeId: 'caller-left' },
    ];
    expect(outputsTaken(IVR, updates).map(outputName)).toEqual([
      'start.next',
      'answer.next',
      'start.hung-up',
    ]);
  });
});

describe('flowCoverage', () => {
  it('counts connected outputs taken, lists the untested ones and the nodes never reached', () => {
    const path = ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'];
    const coverage = flowCoverage(IVR, [{ path, outputs: outputsTaken(IVR, SALES) }]);
    expect(coverage.total).toBe(14);
    // bye.next leads nowhere, so it is not a connected output and does not count.
    expect(coverage.taken).toBe(5);
    expect(coverage.percent).toBe(36);
    expect(coverageSummary(coverage)).toBe('5 of 14 outputs, 36%');
    expect(coverage.untested.map(outputName)).toEqual([
      'start.hung-up',
      'menu.1',
      'menu.3',
      'menu.no-input',
      'menu.invalid',
      'support.next',
      'accounts.next',
      'no-input.next',
      'invalid.next',
    ]);
    expect(coverage.untested[1]).toMatchObject({ nodeId: 'menu', port: '1', to: 'support' });
    expect(coverage.unreachedNodes).toEqual([
      'support',
      'accounts',
      'no-input',
      'invalid',
      'caller-left',
    ]);
  });

  it('counts each time a port is taken, across runs', () => {
    const run = { path: [], outputs: outputsTaken(IVR, SALES) };
    const coverage = flowCoverage(IVR, [run, run]);
    expect(coverage.outputs.find((output) => output.port === '2')?.timesTaken).toBe(2);
  });

  it('says 0% with no runs, with every node unreached', () => {
    const coverage = flowCoverage(IVR, []);
    expect(coverage).toMatchObject({ taken: 0, total: 14, percent: 0 });
    expect(coverage.unreachedNodes).toHaveLength(IVR.nodes.length);
  });

  it('never rounds up to 100% nor down to 0%', () => {
    const flow = structuredClone(IVR);
    const many = Array.from({ length: 300 }, (_, index) => ({
      id: `extra-${index}`,
      from: 'bye',
      port: `p${index}`,
      to: 'bye',
    }));
    flow.edges.push(...many);
    const all = flow.edges.map((edge) => ({ nodeId: edge.from, port: edge.port }));
    const coverage = flowCoverage(flow, [{ path: [], outputs: all.slice(1) }]);
    expect(coverage.percent).toBe(99);
    expect(flowCoverage(flow, [{ path: [], outputs: all.slice(0, 1) }]).percent).toBe(1);
  });

  it('gates on the exact share, not the rounded one', () => {
    expect(meetsCoverage({ taken: 17, total: 23 }, 74)).toBe(false); // 73.9%
    expect(meetsCoverage({ taken: 17, total: 23 }, 73.9)).toBe(true);
    expect(meetsCoverage({ taken: 0, total: 0 }, 100)).toBe(true);
    expect(coverageSummary({ taken: 17, total: 23, percent: 74 })).toBe('17 of 23 outputs, 74%');
  });
});
