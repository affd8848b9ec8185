import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { EnvSecretStore } from '../../../electron/settings/secret-store';
import { loadFlow } from '../../../shared/flow';

const REMINDER = loadFlow(
  await readFile(
    new URL('../../../assets/examples/appointment-reminder.legflow.json', import.meta.url),
    'utf8',
  ),
);

let backend: Backend;
let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-run-live-commands-'));
  await mkdir(join(base, 'data'), { recursive: true });
  await writeFile(
    join(base, 'data', 'settings.json'),
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
  backend = await createBackend({
    platform: 'web',
    workspaceDir: join(base, 'workspace'),
    dataDir: join(base, 'data'),
    secrets: new EnvSecretStore({}),
  });
});
afterAll(async () => {
  await backend.close();
  await rm(base, { recursive: true, force: true });
});

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
