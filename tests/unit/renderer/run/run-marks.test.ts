import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../../shared/flow';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import { failedNodeId } from '../../../../renderer/run/failed-node';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { runMarks, sameMarks } from '../../../../renderer/run/run-marks';

const IVR = loadFlow(
  readFileSync(
    new URL('../../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
    'utf8',
  ),
);

/** The IVR's caller rings in, is answered and hears the welcome. */
const toWelcome: RunUpdateMessage[] = [
  { type: 'started', runId: 'run-1', flow: 'IVR menu', at: 1_000 },
  { type: 'node-entered', nodeId: 'start', leg: 'caller', step: 1, at: 1_100 },
  { type: 'node-left', nodeId: 'start', port: 'next', to: 'answer', at: 1_200 },
  { type: 'node-entered', nodeId: 'answer', leg: 'caller', step: 2, at: 1_300 },
  { type: 'node-left', nodeId: 'answer', port: 'next', to: 'welcome', at: 1_400 },
  { type: 'node-entered', nodeId: 'welcome', leg: 'caller', step: 3, at: 1_500 },
];

const marksOf = (updates: RunUpdateMessage[]) => {
  const view = foldRunUpdates(updates);
  return runMarks(view, IVR, failedNodeId(view, IVR));
};

describe("the run's marks on the flow", () => {
  it('mark the nodes reached, the line into the node the call is on and the outputs left by', () => {
    const marks = marksOf(toWelcome);
    expect(marks.nodes).toEqual([
      { nodeId: 'start', state: 'visited', visits: 1, legColor: null },
      { nodeId: 'answer', state: 'visited', visits: 1, legColor: null },
      // The node the call is on rings in the colour of the leg it is on.
      { nodeId: 'welcome', state: 'active', visits: 1, legColor: '#2563eb' },
    ]);
    expect(marks.lines).toEqual([
      { edgeId: 'e1', mark: 'taken' },
      { edgeId: 'e2', mark: 'flowing' },
    ]);
    expect(marks.ports).toEqual([
      { nodeId: 'start', port: 'next' },
      { nodeId: 'answer', port: 'next' },
    ]);
  });

  it('mark the node a failed run failed at, with no leg colour, and every line as taken', () => {
    const failed = marksOf([
      ...toWelcome,
      { type: 'node-left', nodeId: 'welcome', port: 'error', to: null, at: 1_600 },
      {
        type: 'finished',
        status: 'failed',
        reason: '"Welcome" failed',
        path: ['start', 'answer', 'welcome'],
        legs: {},
        at: 1_700,
      },
    ]);
    expect(failed.nodes.at(-1)).toEqual({
      nodeId: 'welcome',
      state: 'failed',
      visits: 1,
      legColor: null,
    });
    expect(failed.lines.map((line) => line.mark)).toEqual(['taken', 'taken']);
    expect(failed.ports).toContainEqual({ nodeId: 'welcome', port: 'error' });
  });

  it('are the same after an update that moves nothing, so the layer is not drawn again', () => {
    const before = marksOf(toWelcome);
    const after = marksOf([
      ...toWelcome,
      { type: 'event', leg: 'caller', name: 'say_started', eventSid: 'e9', data: {}, at: 1_550 },
    ]);
    expect(sameMarks(before, after)).toBe(true);
    expect(sameMarks(before, marksOf(toWelcome.slice(0, 4)))).toBe(false);
    expect(marksOf([]).nodes).toEqual([]);
  });
});
