import type { RunSummary, RunUpdateMessage } from '../../../../shared/ipc';

/** A run of the IVR menu, as the runner reports it: the caller presses 2 and hears support. */
export function ivrRun(runId = 'run-1'): RunUpdateMessage[] {
  let at = 1_000;
  const t = () => (at += 100);
  return [
    { type: 'started', runId, flow: 'IVR menu', at: t() },
    { type: 'node-entered', nodeId: 'start', leg: 'caller', step: 1, at: t() },
    {
      type: 'event',
      leg: 'caller',
      name: 'incoming_leg',
      eventSid: 'e1',
      data: { leg_sid: 'leg-1', state: 'ringing' },
      at: t(),
    },
    { type: 'node-left', nodeId: 'start', port: 'next', to: 'answer', at: t() },
    { type: 'node-entered', nodeId: 'answer', leg: 'caller', step: 2, at: t() },
    {
      type: 'api',
      method: 'legAction',
      target: 'caller',
      request: { action: 'answer' },
      ok: true,
      reply: {},
      at: t(),
    },
    {
      type: 'event',
      leg: 'caller',
      name: 'leg_answered',
      eventSid: 'e2',
      data: { state: 'connected' },
      at: t(),
    },
    { type: 'node-left', nodeId: 'answer', port: 'next', to: 'menu', at: t() },
    { type: 'paused', nodeId: 'menu', reason: 'breakpoint', at: t() },
    { type: 'resumed', at: t() },
    { type: 'node-entered', nodeId: 'menu', leg: 'caller', step: 3, at: t() },
    { type: 'variables', variables: { digits: '2' }, at: t() },
    { type: 'node-left', nodeId: 'menu', port: '2', to: 'support', at: t() },
    { type: 'node-entered', nodeId: 'support', leg: 'caller', step: 4, at: t() },
    {
      type: 'finished',
      status: 'completed',
      reason: 'The flow ended.',
      path: ['start', 'answer', 'menu', 'support'],
      legs: { caller: { sid: 'leg-1', state: 'terminal', terminal_status: 'completed' } },
      at: t(),
    },
  ];
}

/** History's line for a finished run of the IVR menu, as replays and reports are handed it. */
export const ivrSummary: RunSummary = {
  runId: 'run-1',
  flow: 'IVR menu',
  profile: 'Simulator',
  status: 'completed',
  reason: 'The flow ended.',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1_500,
};
