import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlow } from '../../shared/flow';
import { startSimSession } from '../../electron/session/sim-session';
import type { SimSession } from '../../electron/session/sim-session';
import type { RunUpdate } from '../../electron/runner';
import { waitFor } from './listener/helpers/wait-for';

const flow = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));
const CALLER = '09876500009'; // the phonebook's interactive party: driven like the virtual phone

let session: SimSession;
beforeAll(async () => {
  session = await startSimSession({ speed: 20 });
  session.registerExophone('08030752400');
});
afterAll(() => session.close());

function start(breakpoints: string[] = []) {
  const run = session.runner.create({ flow, breakpoints });
  const updates: RunUpdate[] = [];
  run.onUpdate((update) => updates.push(update));
  run.start();
  const leg = session.sim.control.placeIncomingCall({ from: CALLER, exophone: '08030752400' });
  return { run, updates, leg: leg.legSid };
}

describe('the runner on the simulator, over real sockets', () => {
  it('pauses at a breakpoint holding the call, steps, continues to the branch the keys pick', async () => {
    const { run, updates, leg } = start(['menu']);
    await waitFor('the pause at the menu', () => run.pausedAt === 'menu', 10_000);
    expect(session.sim.control.getLeg(leg).state).not.toBe('terminal');
    run.step();
    await waitFor(
      'the gather to listen',
      () => updates.some((u) => u.type === 'event' && u.name === 'gather_initiated'),
      10_000,
    );
    session.sim.control.pressDigits(leg, '2');
    await waitFor('the pause after one step', () => run.pausedAt === 'sales', 10_000);
    run.continue();
    const result = await run.finished;
    expect(result.path).toEqual(['start', 'answer', 'welcome', 'menu', 'sales', 'bye']);
    expect(result.legs.caller).toMatchObject({ state: 'terminal', terminal_status: 'completed' });
  });

  it('stops a paused run and hangs up every leg it holds', async () => {
    const { run, leg } = start(['welcome']);
    await waitFor('the pause', () => run.pausedAt === 'welcome', 10_000);
    const result = await run.stop('Stopped by the tester.');
    expect(result.status).toBe('stopped');
    await waitFor(
      'the leg to end',
      () => session.sim.control.getLeg(leg).state === 'terminal',
      10_000,
    );
  });

  it('follows the hang-up handler when the caller hangs up mid-Gather', async () => {
    const { run, updates, leg } = start();
    await waitFor(
      'the gather to listen',
      () => updates.some((u) => u.type === 'event' && u.name === 'gather_initiated'),
      10_000,
    );
    session.sim.control.hangUp(leg);
    const result = await run.finished;
    expect(result.path.slice(-2)).toEqual(['menu', 'caller-left']);
  });
});
