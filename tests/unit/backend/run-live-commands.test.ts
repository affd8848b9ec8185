import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { EnvSecretStore } from '../../../electron/settings/secret-store';
import { loadFlow } from '../../../shared/flow';
import { createTempBackend } from './temp-backend';
import type { TempBackend } from './temp-backend';

const REMINDER = loadFlow(
  await readFile(
    new URL('../../../assets/examples/appointment-reminder.legflow.json', import.meta.url),
    'utf8',
  ),
);

let temp: TempBackend;
let backend: Backend;

beforeAll(async () => {
  // No token anywhere: the environment is not this test's to read.
  temp = await createTempBackend({ secrets: new EnvSecretStore({}) });
  backend = temp.backend;
  // Read afresh for each plan and run, so it may be written after the backend starts.
  await mkdir(temp.dataDir, { recursive: true });
  await writeFile(
    join(temp.dataDir, 'settings.json'),
    JSON.stringify({
      format: 'legflow.settings',
      version: 1,
      profiles: [
        {
          name: 'staging',
          region: 'custom',
          baseUrl: 'http://127.0.0.1:1',
          accountSid: 'AC1',
          apiKey: 'key1',
          listener: { port: 0 },
        },
      ],
    }),
  );
});
afterAll(() => temp.dispose());

describe('the run commands on a live profile', () => {
  it('plans a run: the numbers, and why it cannot start without a token', async () => {
    const result = await backend.dispatch('run.plan', { flow: REMINDER, profile: 'staging' });
    expect(result).toMatchObject({
      ok: true,
      value: {
        profile: 'staging',
        live: true,
        numbers: [{ nodeId: 'dial', number: '09163816621' }],
        listener: null,
        problem: expect.stringContaining('LEGFLOW_API_TOKEN_STAGING'),
      },
    });
  });

  it('refuses to start a live run whose numbers were not confirmed', async () => {
    const result = await backend.dispatch('run.start', { flow: REMINDER, profile: 'staging' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        message: expect.stringContaining('Not confirmed: 09163816621.'),
      },
    });
  });

  it('refuses a live run dialling a number only known during the run, even "confirmed"', async () => {
    const flow = structuredClone(REMINDER);
    flow.nodes.find((node) => node.id === 'dial')!.params.contact_uri = '{{digits}}';
    const result = await backend.dispatch('run.start', {
      flow,
      profile: 'staging',
      confirmedNumbers: ['{{digits}}'],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        message: expect.stringContaining('would dial a number only known once the run is going'),
      },
    });
  });

  it('says an unknown profile is not found', async () => {
    const result = await backend.dispatch('run.plan', { flow: REMINDER, profile: 'prod' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
