import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT } from '../../../shared/events';
import type { FlowDocument } from '../../../shared/flow';
import type { RunUpdate } from '../../../electron/runner';
import { RunService } from '../../../electron/run-service/run-service';
import type { RunServiceOptions } from '../../../electron/run-service/run-service';
import type { ClockPace } from '../../../electron/simulator/clock/sim-clock';
import type { Settings } from '../../../electron/settings/settings-schema';
import { until } from '../runner/run-helpers';
import { answeredCall, FlowBuilder } from '../shared/flow/flow-builder';

const EXOPHONE = '08030752400';
const CALLER = '09876500051';
const NOBODY = '09876500052';
/** Long enough that a run which waited it out in real time would fail the test's own wait. */
const LONG_WAIT_S = 600;

let service: RunService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** A run service on the real simulator; `saved` is the speed saved in Settings. */
function startService(options: { saved?: number; speed?: ClockPace } = {}) {
  const settings: Settings = {
    format: 'legflow.settings',
    version: 1,
    profiles: [],
    ...(options.saved !== undefined && { simulator: { speed: options.saved } }),
  };
  const serviceOptions: RunServiceOptions = {
    logFolder: mkdtempSync(join(tmpdir(), 'legflow-pace-')),
    readSettings: async () => structuredClone(settings),
    simulator: options.speed === undefined ? {} : { speed: options.speed },
  };
  service = new RunService(serviceOptions);
  return { service, settings };
}

/** A call that comes in, is answered, waits `seconds` on a Wait node, then ends. */
function waitFlow(seconds: number): FlowDocument {
  return answeredCall()
    .node('pause', 'wait', { seconds }, null)
    .node('done', 'end', { status: 'completed' }, null)
    .edge('answer', 'next', 'pause')
    .edge('pause', 'next', 'done').flow;
}

/** Starts a run and calls in to it, recording its updates. */
async function start(runs: RunService, flow: FlowDocument, breakpoints: string[] = []) {
  const updates: RunUpdate[] = [];
  const phone = await runs.phone();
  phone.setPersona(CALLER, { behaviour: 'answer' });
  const runId = await runs.start({ flow, breakpoints });
  runs.onNotice((notice) => {
    if (notice.runId === runId) updates.push(notice.update);
  });
  const run = runs.get(runId);
  phone.placeIncomingCall({ from: CALLER, exophone: EXOPHONE });
  return { runId, run, updates };
}

const leftAt = (updates: RunUpdate[], nodeId: string) =>
  updates.find((update) => update.type === 'node-left' && update.nodeId === nodeId)?.at;

// Real time on a paced simulator: each test waits for states, and would time out without the
// speed change or skip it checks.
describe('the Simulator profile’s pace', { timeout: 20_000 }, () => {
  it('changes the speed of a run going on, on the same session, keeping its time', async () => {
    const { service } = startService({ saved: 1 });
    expect(await service.pace.state()).toEqual({ speed: 1, adjustable: true, now: null });
    const { run } = await start(service, waitFlow(LONG_WAIT_S));
    await until('the wait', () => run.waiting !== null, 10_000);
    const before = (await service.pace.state()).now!;
    const changes: number[] = [];
    service.pace.onChanged((state) => changes.push(state.speed));
    const after = await service.pace.setSpeed(1_000);
    expect(after.speed).toBe(1_000);
    expect(after.now!).toBeGreaterThanOrEqual(before);
    expect(changes).toEqual([1_000]);
    // 600 s at 1000× is 0.6 s: the same run ends, on the session it began on.
    const result = await run.finished;
    expect(result).toMatchObject({ status: 'completed' });
    expect(result.path.slice(-2)).toEqual(['pause', 'done']);
  });

  it('keeps the toolbar’s speed for the next runs, until a new speed is saved in Settings', async () => {
    const { service, settings } = startService({ saved: 2 });
    const first = await start(service, waitFlow(0));
    await first.run.finished;
    await service.pace.setSpeed(5);
    const second = await start(service, waitFlow(0));
    await second.run.finished;
    expect((await service.pace.state()).speed).toBe(5);
    settings.simulator = { speed: 20 };
    const third = await start(service, waitFlow(0));
    await third.run.finished;
    expect((await service.pace.state()).speed).toBe(20);
  });

  it('sets a speed newly saved in Settings on the open session when asked, mid-run too', async () => {
    const { service, settings } = startService({ saved: 1 });
    const { run } = await start(service, waitFlow(LONG_WAIT_S));
    await until('the wait', () => run.waiting !== null, 10_000);
    settings.simulator = { speed: 1_000 };
    expect((await service.pace.state()).speed).toBe(1_000);
    expect(await run.finished).toMatchObject({ status: 'completed' });
  });

  it('has no speed to change on exact time', async () => {
    const { service } = startService({ speed: 'instant' });
    expect(await service.pace.state()).toMatchObject({ adjustable: false });
    await expect(service.pace.setSpeed(2)).rejects.toThrow(/exact time/);
  });
});

describe('skipping a wait', { timeout: 20_000 }, () => {
  it('ends a Wait node at once, exactly at its end', async () => {
    const { service } = startService({ saved: 1 });
    const { runId, run, updates } = await start(service, waitFlow(LONG_WAIT_S));
    await until('the wait', () => run.waiting !== null, 10_000);
    const { until: end } = run.waiting!;
    const reply = await service.skipWait(runId);
    expect(reply).toMatchObject({ skipped: true, now: end });
    expect(reply.message).toMatch(/Wait is over/);
    await run.finished;
    expect(leftAt(updates, 'pause')).toBe(end);
  });

  it('ends a Gather at its own time-out, with the platform’s event at that moment', async () => {
    const { service } = startService({ saved: 5 });
    const flow = answeredCall()
      .node('menu', 'gather', { text: 'Press 1.', timeoutInSec: 120, numDigits: 1 })
      .node('bye', 'hangup')
      .edge('answer', 'next', 'menu')
      .edge('menu', 'no-input', 'bye').flow;
    const { runId, run, updates } = await start(service, flow);
    await until('the Gather to listen', () => run.waiting?.kind === 'gather', 10_000);
    const { until: end } = run.waiting!;
    const skipped = await service.skipWait(runId);
    expect(skipped.message).toMatch(/time-out is over/);
    // The countdown's end comes from event times, which carry whole milliseconds.
    expect(skipped.now! - end).toBeGreaterThanOrEqual(0);
    expect(skipped.now! - end).toBeLessThan(1);
    await run.finished;
    const timedOut = updates.find(
      (update) => update.type === 'event' && update.name === EVENT.gatherSuccess,
    );
    // The platform's time-out fired at its own time, and the run heard it then.
    expect(timedOut?.at).toBe(skipped.now);
    expect(updates).toContainEqual(
      expect.objectContaining({ type: 'node-left', nodeId: 'menu', port: 'no-input' }),
    );
  });

  it('ends a ringing phone nobody answers at its answer time-out', async () => {
    const { service } = startService({ saved: 1 });
    const flow = new FlowBuilder()
      .node('dial', 'outbound-call', { contact_uri: NOBODY, exophone: EXOPHONE, timeout: 600 })
      .node('gone', 'end', { status: 'failed' }, null)
      .edge('dial', 'no-answer', 'gone').flow;
    (await service.phone()).setPersona(NOBODY, { behaviour: 'no-answer' });
    const runId = await service.start({ flow });
    const run = service.get(runId);
    await until('the ringing', () => run.waiting?.kind === 'ringing', 10_000);
    const skipped = await service.skipWait(runId);
    expect(skipped.message).toMatch(/ringing is over/);
    const result = await run.finished;
    expect(result.path).toEqual(['dial', 'gone']);
    expect(result.legs.caller?.terminal_status).toBe('no-answer');
  });

  it('is harmless, and says why, at a breakpoint or once the wait is over', async () => {
    const { service } = startService({ saved: 1 });
    const { runId, run } = await start(service, waitFlow(LONG_WAIT_S), ['done']);
    await until('the wait', () => run.waiting !== null, 10_000);
    expect((await service.skipWait(runId)).skipped).toBe(true);
    await until('the breakpoint', () => run.pausedAt === 'done', 10_000);
    const paused = await service.skipWait(runId);
    expect(paused).toMatchObject({ skipped: false });
    expect(paused.message).toMatch(/paused before “done”/);
    run.continue();
    await run.finished;
    await expect(service.skipWait(runId)).rejects.toThrow(/No run/);
  });

  it('says nothing is waiting between waits, and leaves exact runs alone', async () => {
    const exact = startService({ speed: 'instant' }).service;
    const { runId, run } = await start(exact, waitFlow(LONG_WAIT_S), ['pause']);
    await until('the breakpoint', () => run.pausedAt === 'pause', 10_000);
    expect((await exact.skipWait(runId)).message).toMatch(/Only a paced Simulator run/);
    await run.stop('test over');
  });
});
