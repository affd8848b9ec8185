import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { loadFlow } from '../../../shared/flow';
import type { RunUpdateMessage } from '../../../shared/ipc';
import { createRunBackend, until } from './run-backend';
import type { RunBackend } from './run-backend';

const IVR = loadFlow(
  await readFile(
    new URL('../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
    'utf8',
  ),
);

let run: RunBackend;
let backend: Backend;
let updates: RunBackend['updates'];

beforeAll(async () => {
  run = await createRunBackend(50);
  ({ backend, updates } = run);
});
afterAll(async () => {
  await backend.close(); // safe twice
  await run.dispose();
});

const value = (command: string, payload?: unknown) => run.value(command, payload);
const seen = (runId: string, test: (update: RunUpdateMessage) => boolean) => () =>
  run.seen(runId, test);

describe('the run commands', () => {
  it('run a flow, pause at a breakpoint, take keys from the phone and keep the run', async () => {
    const { runId } = (await value('run.start', { flow: IVR, breakpoints: ['menu'] })) as {
      runId: string;
    };
    const { leg } = (await value('phone.callIn', {
      from: '09876500009',
      exophone: '08030752400',
    })) as { leg: { legSid: string } };
    await until(
      'the breakpoint',
      seen(runId, (u) => u.type === 'paused' && u.nodeId === 'menu'),
    );
    await value('run.setBreakpoints', { runId, nodeIds: [] });
    await value('run.continue', { runId });
    await until(
      'the gather',
      seen(runId, (u) => u.type === 'event' && u.name === 'gather_initiated'),
    );
    const live = (await value('phone.listLegs', {})) as { legs: { legSid: string }[] };
    expect(live.legs.map((l) => l.legSid)).toContain(leg.legSid);
    expect(await value('phone.pressDigits', { legSid: leg.legSid, digits: '2' })).toMatchObject({
      pressed: '2',
    });
    await until(
      'the end',
      seen(runId, (u) => u.type === 'finished'),
    );
    const finished = updates.find((n) => n.runId === runId && n.update.type === 'finished');
    expect(finished?.update).toMatchObject({ status: 'completed' });
    expect(finished?.update.type === 'finished' && finished.update.path).toContain('sales');

    // The log is written behind the notices: poll until the kept run reads as completed.
    let history: { runs: { runId: string; status: string }[] } = { runs: [] };
    for (let i = 0; i < 100 && history.runs[0]?.status !== 'completed'; i++) {
      history = (await value('history.list')) as typeof history;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(history.runs[0]).toMatchObject({ runId, flow: 'IVR menu', status: 'completed' });
    const recorded = (await value('history.read', { runId })) as { updates: unknown[] };
    expect(recorded.updates.length).toBe(updates.filter((n) => n.runId === runId).length);
  });

  it('keeps a run for every window: any of them finds it, its history says running, and stops it', async () => {
    const { runId } = await value('run.start', {
      flow: IVR,
      path: 'flows/ivr-menu.legflow.json',
      breakpoints: ['menu'],
    });
    await until(
      'the wait for a call',
      seen(runId as string, (u) => u.type === 'node-entered'),
    );
    const { runs } = (await value('run.active')) as {
      runs: { runId: string; path: string; breakpoints: string[]; updates: unknown[] }[];
    };
    const mine = runs.find((going) => going.runId === runId);
    expect(mine).toMatchObject({ path: 'flows/ivr-menu.legflow.json', breakpoints: ['menu'] });
    // Every notice says its place in the run, so a window can fold a snapshot and then the rest.
    const sent = updates.filter((n) => n.runId === runId);
    expect(sent.map((n) => n.seq)).toEqual(sent.map((_, index) => index));
    expect(mine!.updates.length).toBeGreaterThanOrEqual(sent.length);
    const listed = (await value('history.list')) as { runs: { runId: string; status: string }[] };
    expect(listed.runs.find((kept) => kept.runId === runId)?.status).toBe('running');

    await value('run.stop', { runId });
    expect(((await value('run.active')) as { runs: unknown[] }).runs).toEqual([]);
    const after = (await value('history.list')) as { runs: { runId: string; status: string }[] };
    expect(after.runs.find((kept) => kept.runId === runId)?.status).toBe('stopped');
  });

  it('says a run that is not going is not found, and refuses a bad keypad press', async () => {
    const stopped = await backend.dispatch('run.step', { runId: 'run-nope' });
    expect(stopped).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const bad = await backend.dispatch('phone.pressDigits', { legSid: 'x', digits: 'abc' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const gone = await backend.dispatch('phone.answer', { legSid: 'no-such-leg' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
