import { afterEach, describe, expect, it } from 'vitest';
import { EVENT } from '../../../shared/events';
import type { FlowDocument } from '../../../shared/flow';
import type { RunUpdate } from '../../../electron/runner';
import { startSimSession } from '../../../electron/session/sim-session';
import type { SimSession } from '../../../electron/session/sim-session';
import { answeredCall, FlowBuilder } from '../shared/flow/flow-builder';

const EXOPHONE = '08030752400';
const CALLER = '09876500050';

let session: SimSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Runs `flow` on an exact (instant) simulator, with waits reported; returns its updates. */
async function runExactly(
  flow: FlowDocument,
  options: { callIn?: boolean; reportWaits?: boolean } = {},
): Promise<RunUpdate[]> {
  session = await startSimSession({ speed: 'instant', seed: 7 });
  session.registerExophone(EXOPHONE);
  session.sim.control.setPersona(CALLER, { behaviour: 'answer', answerAfter: 1 });
  const run = session.runner.create({ flow, reportWaits: options.reportWaits ?? true });
  const updates: RunUpdate[] = [];
  run.onUpdate((update) => updates.push(update));
  run.start();
  if (options.callIn ?? true) {
    session.sim.control.placeIncomingCall({ from: CALLER, exophone: EXOPHONE });
  }
  await run.finished;
  return updates;
}

const waitings = (updates: RunUpdate[]) =>
  updates.filter((update): update is Extract<RunUpdate, { type: 'waiting' }> => {
    return update.type === 'waiting';
  });
const entered = (updates: RunUpdate[], nodeId: string) =>
  updates.find((update) => update.type === 'node-entered' && update.nodeId === nodeId)!;
const left = (updates: RunUpdate[], nodeId: string) =>
  updates.find(
    (update): update is Extract<RunUpdate, { type: 'node-left' }> =>
      update.type === 'node-left' && update.nodeId === nodeId,
  )!;
const event = (updates: RunUpdate[], name: string) =>
  updates.filter(
    (update): update is Extract<RunUpdate, { type: 'event' }> =>
      update.type === 'event' && update.name === name,
  );

describe('a run says what it waits for, and until when, on exact time', () => {
  it('reports a Wait node until the moment it ends', async () => {
    const flow = answeredCall()
      .node('pause', 'wait', { seconds: 30 }, null)
      .node('bye', 'hangup')
      .edge('answer', 'next', 'pause')
      .edge('pause', 'next', 'bye').flow;
    const updates = await runExactly(flow);
    const [waiting, ...more] = waitings(updates);
    expect(more).toEqual([]);
    const start = entered(updates, 'pause').at;
    expect(waiting).toEqual({
      type: 'waiting',
      nodeId: 'pause',
      leg: null,
      kind: 'wait',
      until: start + 30_000,
      at: start,
    });
    expect(left(updates, 'pause').at).toBe(waiting!.until);
  });

  it('reports a Gather from the end of its prompt until its time-out, which it keeps', async () => {
    const flow = answeredCall()
      .node('menu', 'gather', { text: 'Press 1 for sales.', timeoutInSec: 7, numDigits: 1 })
      .node('bye', 'hangup')
      .edge('answer', 'next', 'menu')
      .edge('menu', 'no-input', 'bye').flow;
    const updates = await runExactly(flow);
    const [waiting, ...more] = waitings(updates);
    expect(more).toEqual([]);
    const promptEnded = event(updates, EVENT.sayCompleted)[0]!;
    expect(waiting).toMatchObject({ nodeId: 'menu', leg: 'caller', kind: 'gather' });
    expect(waiting!.until).toBe(promptEnded.at + 7_000);
    // The platform's own time-out ends it at exactly that moment.
    const timedOut = event(updates, EVENT.gatherSuccess)[0]!;
    expect(timedOut.at).toBe(waiting!.until);
    expect(left(updates, 'menu')).toMatchObject({ port: 'no-input', at: waiting!.until });
  });

  it('reports a ringing leg until its answer time-out, when nobody answers', async () => {
    const flow = new FlowBuilder()
      .node(
        'dial',
        'outbound-call',
        { contact_uri: '09876500003', exophone: EXOPHONE, timeout: 20 },
        'caller',
      )
      .node('gone', 'end', { status: 'failed' }, null)
      .edge('dial', 'no-answer', 'gone').flow;
    const updates = await runExactly(flow, { callIn: false });
    const [waiting, ...more] = waitings(updates);
    expect(more).toEqual([]);
    const dialledAt = entered(updates, 'dial').at;
    expect(event(updates, EVENT.legRinging)[0]!.at).toBeLessThan(waiting!.until);
    expect(waiting).toMatchObject({ nodeId: 'dial', kind: 'ringing', until: dialledAt + 20_000 });
    expect(left(updates, 'dial')).toMatchObject({ port: 'no-answer', at: waiting!.until });
  });

  it('counts a ring time-out shorter than the answer time-out from the first ring', async () => {
    const flow = new FlowBuilder()
      .node(
        'dial',
        'outbound-call',
        { contact_uri: '09876500003', exophone: EXOPHONE, timeout: 60, ring_timeout: 10 },
        'caller',
      )
      .node('gone', 'end', { status: 'failed' }, null)
      .edge('dial', 'no-answer', 'gone').flow;
    const updates = await runExactly(flow, { callIn: false });
    const ringing = event(updates, EVENT.legRinging)[0]!;
    expect(waitings(updates)[0]).toMatchObject({ kind: 'ringing', until: ringing.at + 10_000 });
    expect(left(updates, 'dial').at).toBe(ringing.at + 10_000);
  });

  it('reports nothing unless asked, so `legflow run` and flow tests print what they did', async () => {
    const flow = answeredCall()
      .node('pause', 'wait', { seconds: 5 }, null)
      .edge('answer', 'next', 'pause').flow;
    const quiet = await runExactly(flow, { reportWaits: false });
    expect(waitings(quiet)).toEqual([]);
    await session?.close();
    const told = await runExactly(flow);
    // The same run with the reports taken out: nothing else moved.
    expect(told.filter((update) => update.type !== 'waiting')).toEqual(quiet);
  });
});
