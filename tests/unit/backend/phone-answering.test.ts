import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { loadFlow } from '../../../shared/flow';
import { RUN_NOTIFICATIONS } from '../../../shared/ipc';
import type { PhoneLeg, PhonebookEntryView, RunUpdateMessage } from '../../../shared/ipc';

const CLICK_TO_CALL = loadFlow(
  await readFile(
    new URL('../../../assets/examples/click-to-call.legflow.json', import.meta.url),
    'utf8',
  ),
);
const AGENT = '09163816621'; // Asha Rao in the phonebook: answers by herself after 2 s

let backend: Backend;
let base: string;
const updates: { runId: string; update: RunUpdateMessage }[] = [];

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-phone-answering-'));
  backend = await createBackend({
    platform: 'web',
    workspaceDir: join(base, 'workspace'),
    dataDir: join(base, 'data'),
    simSpeed: 20,
  });
  backend.subscribe(({ name, payload }) => {
    if (name === 'run.update') updates.push(RUN_NOTIFICATIONS['run.update'].parse(payload));
  });
});
afterAll(async () => {
  await backend.close();
  await rm(base, { recursive: true, force: true });
});

async function value<T>(command: string, payload?: unknown): Promise<T> {
  const result = await backend.dispatch(command, payload);
  if (!result.ok) throw new Error(`${command} failed: ${result.error.message}`);
  return result.value as T;
}

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>) {
  for (let i = 0; i < 500; i++) {
    const found = await check();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

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
