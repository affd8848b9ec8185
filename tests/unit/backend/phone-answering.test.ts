import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { loadFlow } from '../../../shared/flow';
import type { PhoneLeg, PhonebookEntryView } from '../../../shared/ipc';
import { createRunBackend, until } from './run-backend';
import type { RunBackend } from './run-backend';

const CLICK_TO_CALL = loadFlow(
  await readFile(
    new URL('../../../assets/examples/click-to-call.legflow.json', import.meta.url),
    'utf8',
  ),
);
const AGENT = '09163816621'; // Asha Rao in the phonebook: answers by herself after 2 s

let run: RunBackend;
let backend: Backend;
let updates: RunBackend['updates'];

beforeAll(async () => {
  run = await createRunBackend(20);
  ({ backend, updates } = run);
});
afterAll(() => run.dispose());

const value = <T>(command: string, payload?: unknown) => run.value<T>(command, payload);

const entryOf = async (number: string) =>
  (await value<{ entries: PhonebookEntryView[] }>('phone.phonebook')).entries.find(
    (entry) => entry.number === number,
  );

describe('who answers a number', () => {
  it('lists each phonebook number with its persona, answering by itself', async () => {
    expect(await entryOf(AGENT)).toEqual({
      number: AGENT,
      name: 'Asha Rao',
      behaviour: 'answer',
      answering: 'persona',
    });
  });

  it('rings the phone for a number handed to it, until the user answers', async () => {
    await value('phone.setAnswering', { number: AGENT, mode: 'phone' });
    expect(await entryOf(AGENT)).toMatchObject({ behaviour: 'answer', answering: 'phone' });

    const { runId } = await value<{ runId: string }>('run.start', { flow: CLICK_TO_CALL });
    const ringing = await until('the agent ringing', async () =>
      (await value<{ legs: PhoneLeg[] }>('phone.listLegs', {})).legs.find(
        (leg) => leg.number === AGENT && leg.ringing,
      ),
    );
    // Well past Asha's own 2 s (at speed 20): she has not picked up by herself.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const still = await value<{ legs: PhoneLeg[] }>('phone.listLegs', {});
    expect(still.legs.find((leg) => leg.legSid === ringing.legSid)?.ringing).toBe(true);

    await value('phone.answer', { legSid: ringing.legSid });
    await until('the brief to the agent', () =>
      updates.some(
        (n) => n.runId === runId && n.update.type === 'node-entered' && n.update.nodeId === 'brief',
      ),
    );
    await value('run.stop', { runId });
  });

  it('hands the number back to its persona, which answers by itself again', async () => {
    await value('phone.setAnswering', { number: AGENT, mode: 'persona' });
    expect(await entryOf(AGENT)).toMatchObject({ behaviour: 'answer', answering: 'persona' });

    const { runId } = await value<{ runId: string }>('run.start', { flow: CLICK_TO_CALL });
    await until('the brief, with nobody touching the phone', () =>
      updates.some(
        (n) => n.runId === runId && n.update.type === 'node-entered' && n.update.nodeId === 'brief',
      ),
    );
    await value('run.stop', { runId });
  });

  it('refuses a number the platform would not dial', async () => {
    const result = await backend.dispatch('phone.setAnswering', { number: 'nope', mode: 'phone' });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('nope') },
    });
  });
});

describe('who answers, when a new speed is saved in Settings', () => {
  let fresh: RunBackend;
  beforeAll(async () => {
    fresh = await createRunBackend();
  });
  afterAll(() => fresh.dispose());

  const numberView = async (number: string) =>
    (await fresh.value<{ entries: PhonebookEntryView[] }>('phone.phonebook')).entries.find(
      (entry) => entry.number === number,
    );

  it('still rings the phone for the numbers handed to it', async () => {
    await fresh.value('settings.saveSimulator', { speed: 20 });
    await fresh.value('phone.setAnswering', { number: AGENT, mode: 'phone' });
    // A number the simulator refuses is not remembered, so it cannot spoil the next simulator.
    const refused = await fresh.backend.dispatch('phone.setAnswering', {
      number: 'nope',
      mode: 'phone',
    });
    expect(refused.ok).toBe(false);
    // A new speed: the open simulator takes it (pace-commands.ts); the phone keeps its numbers.
    await fresh.value('settings.saveSimulator', { speed: 25 });
    const { runId } = await fresh.value<{ runId: string }>('run.start', { flow: CLICK_TO_CALL });
    expect(await numberView(AGENT)).toMatchObject({ behaviour: 'answer', answering: 'phone' });

    const ringing = await until('the agent ringing', async () =>
      (await fresh.value<{ legs: PhoneLeg[] }>('phone.listLegs', {})).legs.find(
        (leg) => leg.number === AGENT && leg.ringing,
      ),
    );
    // Well past Asha's own 2 s (at speed 25): she has not picked up by herself.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const still = await fresh.value<{ legs: PhoneLeg[] }>('phone.listLegs', {});
    expect(still.legs.find((leg) => leg.legSid === ringing.legSid)?.ringing).toBe(true);
    await fresh.value('run.stop', { runId });

    // Handed back, the reopened simulator's Asha answers by herself again.
    await fresh.value('phone.setAnswering', { number: AGENT, mode: 'persona' });
    expect(await numberView(AGENT)).toMatchObject({ answering: 'persona' });
  });
});
