import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './listener/helpers/wait-for';

/**
 * A live profile pointed at `legflow sim` on a custom base URL: the live path end to end (settings,
 * token from the environment, consent, a real listener), with no real phone rung.
 */
const TOKEN = 'tok-live-test-5e3a9c';
const REMINDER = 'assets/examples/appointment-reminder.legflow.json';
let sim: ChildProcessWithoutNullStreams;
let settings: string;

beforeAll(async () => {
  sim = spawn(process.execPath, [
    'bin/legflow.js',
    'sim',
    '--port',
    '0',
    '--speed',
    '50',
    '--account',
    'AC77',
    '--key',
    'key77',
    '--token',
    TOKEN,
  ]);
  let stdout = '';
  sim.stdout.on('data', (chunk) => (stdout += String(chunk)));
  await waitFor('the simulator', () => stdout.includes('\n'), 10_000);
  const baseUrl = /at (\S+)/.exec(stdout)![1]!;
  settings = join(mkdtempSync(join(tmpdir(), 'legflow-settings-')), 'settings.json');
  writeFileSync(
    settings,
    JSON.stringify({
      format: 'legflow.settings',
      version: 1,
      profiles: [
        {
          name: 'staging',
          region: 'custom',
          baseUrl,
          accountSid: 'AC77',
          apiKey: 'key77',
          listener: { port: 0 },
        },
      ],
    }),
  );
});
afterAll(() => sim.kill('SIGKILL'));

function liveRun(token: string | undefined, ...args: string[]) {
  return liveRunOf(REMINDER, token, ...args);
}

function liveRunOf(flow: string, token: string | undefined, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LEGFLOW_SETTINGS: settings };
  if (token === undefined) delete env.LEGFLOW_API_TOKEN;
  else env.LEGFLOW_API_TOKEN = token;
  const result = spawnSync(
    process.execPath,
    ['bin/legflow.js', 'run', flow, '--profile', 'staging', ...args],
    {
      encoding: 'utf8',
      env,
      timeout: 60_000,
    },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('legflow run on a live profile', () => {
  it('lists the numbers it would dial and refuses without --yes (exit 2)', () => {
    const run = liveRun(TOKEN);
    expect(run.code).toBe(2);
    expect(run.out).toContain('This run will dial: 09163816621 (patient, node dial).');
    expect(run.out).toContain('run again with --yes');
  });

  it('dials with --yes and runs the flow over the real API and listener', () => {
    const run = liveRun(TOKEN, '--yes', '--timeout', '3600');
    expect(run.out).toContain('Live profile "staging"');
    expect(run.out).toContain('PASS "Appointment reminder": completed');
    expect(run.code).toBe(0);
  });

  it('will not dial a number only known once the run goes, even with --yes (exit 2)', () => {
    const flow = JSON.parse(readFileSync(REMINDER, 'utf8'));
    const dial = flow.nodes.find((node: { id: string }) => node.id === 'dial');
    dial.params.contact_uri = '{{digits}}';
    const file = join(mkdtempSync(join(tmpdir(), 'legflow-template-')), 'dial.legflow.json');
    writeFileSync(file, JSON.stringify(flow));
    const run = liveRunOf(file, TOKEN, '--yes');
    expect(run.code).toBe(2);
    expect(run.out).toContain('would dial a number only known once the run is going ({{digits}})');
  });

  it('says the token was refused, without showing it', () => {
    const run = liveRun('wrong-token-abc', '--yes');
    expect(run.code).toBe(1);
    expect(run.out).toContain('The API token was refused (401)');
    expect(run.out).not.toContain('wrong-token-abc');
  });

  it('needs the token in the environment and a known profile', () => {
    expect(liveRun(undefined, '--yes')).toMatchObject({
      code: 2,
      out: expect.stringContaining('LEGFLOW_API_TOKEN'),
    });
    const unknown = spawnSync(
      process.execPath,
      ['bin/legflow.js', 'run', REMINDER, '--profile', 'prod'],
      {
        encoding: 'utf8',
        env: { ...process.env, LEGFLOW_SETTINGS: settings, LEGFLOW_API_TOKEN: TOKEN },
      },
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no profile "prod"');
    expect(unknown.stderr).toContain('"staging"');
  });
});
