import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../../shared/flow';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import { failedNodeId } from '../../../../renderer/run/failed-node';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { nodeRunState } from '../../../../renderer/run/node-run-state';
import { ivrRun } from './run-updates-fixture';

const IVR = loadFlow(
  readFileSync(
    new URL('../../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
    'utf8',
  ),
);

/** The IVR run until the menu is entered, then the platform refuses the Gather. */
function menuRefused(): RunUpdateMessage[] {
  const upToMenu = ivrRun().slice(0, 11);
  const at = 5_000;
  return [
    ...upToMenu,
    {
      type: 'api',
      method: 'legAction',
      target: 'caller',
      request: {},
      ok: false,
      reply: { error: 'exoml: <Gather> numDigits must be a whole number from 1 to 50, not "0"' },
      at,
    },
    { type: 'node-left', nodeId: 'menu', port: 'error', to: null, at: at + 1 },
    {
      type: 'finished',
      status: 'failed',
      reason: '"Main menu" failed: exoml: <Gather> numDigits must be a whole number from 1 to 50',
      path: ['start', 'answer', 'menu'],
      legs: {},
      at: at + 2,
    },
  ];
}

const stateOf = (updates: RunUpdateMessage[], nodeId: string, flow = IVR) => {
  const view = foldRunUpdates(updates);
  return nodeRunState(view, nodeId, failedNodeId(view, flow));
};

describe('the node a run failed at', () => {
  it('is the one the run left by an output that leads nowhere, once the run has failed', () => {
    const updates = menuRefused();
    expect(stateOf(updates, 'menu')).toBe('failed');
    expect(stateOf(updates, 'answer')).toBe('visited');
    expect(stateOf(updates, 'sales')).toBe('idle');
    // Before the run has ended, the node is where the run is, not yet where it failed.
    expect(stateOf(updates.slice(0, -1), 'menu')).toBe('active');
  });

  it('is none in a run that completed, or failed without a node to blame', () => {
    expect(failedNodeId(foldRunUpdates(ivrRun()), IVR)).toBeNull();
    const hungUp: RunUpdateMessage[] = [
      ...ivrRun().slice(0, 11),
      {
        type: 'finished',
        status: 'failed',
        reason: 'Caller hung up (failed).',
        path: [],
        legs: {},
        at: 9_000,
      },
    ];
    expect(failedNodeId(foldRunUpdates(hungUp), IVR)).toBeNull();
  });

  it('stays where the run failed when the flow is mended afterwards', () => {
    const view = foldRunUpdates(menuRefused());
    expect(failedNodeId(view, IVR)).toBe('menu');
    const mended = {
      ...IVR,
      edges: [...IVR.edges, { id: 'e15', from: 'menu', port: 'error', to: 'bye' }],
    };
    expect(failedNodeId(view, mended)).toBe('menu');
    // A fresh look at the run (a replay opened later) reads the flow as it is then.
    expect(failedNodeId(foldRunUpdates(menuRefused()), mended)).toBeNull();
  });
});
