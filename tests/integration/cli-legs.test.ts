import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimHarness } from './simulator/helpers/sim-harness';
import type { SimHarness } from './simulator/helpers/sim-harness';

/**
 * `legflow legs` (the built bundle) against the simulator's v3 call-legs endpoint, through
 * live profiles in a settings file: the path a user with a real account takes, no phone rung.
 */
const TOKEN = 'tok-legs-cli-4c2d9e';
const ACCOUNT = { sid: 'AC55', key: 'key55', token: TOKEN };
let h: SimHarness;
let settings: string;
let agent: string;
let customer: string;

/** A loopback port nothing listens on: the platform is "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  h = await startSimHarness({ account: ACCOUNT });
  // A click-to-call: the agent's leg first, the customer's placed beside it.
  agent = await h.dial('09163816621');
  customer = await h.dial('09876500001', { reference_leg_sid: agent });
  const profile = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    region: 'custom',
    baseUrl: h.sim.baseUrl,
    accountSid: ACCOUNT.sid,
    apiKey: ACCOUNT.key,
    ...extra,
  });
  settings = join(mkdtempSync(join(tmpdir(), 'legflow-legs-')), 'settings.json');
  writeFileSync(
    settings,
    JSON.stringify({
      format: 'legflow.settings',
      version: 1,
      profiles: [
        profile('staging'),
        profile('other tenant', { accountSid: 'AC00' }),
        profile('offline', { baseUrl: `http://127.0.0.1:${await closedPort()}` }),
      ],
    }),
  );
});
afterAll(() => h.close());

/** Runs the CLI without blocking this process, whose simulator must go on answering. */
function legs(
  args: string[],
  token: string | null = TOKEN,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LEGFLOW_SETTINGS: settings };
  for (const name of Object.keys(env)) if (name.startsWith('LEGFLOW_API_TOKEN')) delete env[name];
  if (token !== null) env.LEGFLOW_API_TOKEN = token;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/legflow.js', 'legs', ...args],
      { env, encoding: 'utf8', timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('legflow legs', () => {
  it("prints the call's legs by side as a table, without the token", async () => {
    const run = await legs([agent, '--profile', 'staging']);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Call ${agent} on account AC55: 1 from leg, 1 to leg.`);
    expect(lines[2]).toMatch(/^SIDE +NAME +NUMBER +STATUS +CREATED +UPDATED +GROUP +LEG SID$/);
    expect(lines[3]).toMatch(
      new RegExp(
        `^from +Asha Rao +09163816621 +\\S+ +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\+05:30 .* ${agent}$`,
      ),
    );
    expect(lines[4]).toMatch(new RegExp(`^to +Quick Kiran +09876500001 .* - +${customer}$`));
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('prints one JSON object with --json; any leg of the call finds it', async () => {
    const run = await legs([customer, '--profile', 'staging', '--json']);

    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({
      callSid: agent,
      accountSid: 'AC55',
      from: [
        {
          sid: agent,
          name: 'Asha Rao',
          number: '09163816621',
          status: expect.any(String),
          createdAt: expect.stringMatching(/\+05:30$/),
          updatedAt: expect.any(String),
          groupId: null,
          groupName: null,
        },
      ],
      to: [expect.objectContaining({ sid: customer, name: 'Quick Kiran' })],
    });
  });

  it('says in plain words that the account has no such call (exit 1)', async () => {
    const run = await legs(['NoSuchCall42', '--profile', 'staging']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'legflow: Account AC55 has no call NoSuchCall42 (404, call not found, code 10744).',
    );

    const json = await legs(['NoSuchCall42', '--profile', 'staging', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      callSid: 'NoSuchCall42',
      error: { reason: 'call-not-found', message: expect.stringContaining('call not found') },
    });
  });

  it('says the token was refused, and never shows it', async () => {
    const run = await legs([agent, '--profile', 'staging'], 'wrong-token-9z9z');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The platform refused the API key and token of “staging” (401');
    expect(run.stdout + run.stderr).not.toContain('wrong-token-9z9z');
  });

  it("names the account when the credentials are not that account's", async () => {
    // The simulator answers 403 today; the v3 page documents 404 "Tenant not found" (1017).
    const run = await legs([agent, '--profile', 'other tenant']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/account AC00 \((403, forbidden|404, tenant not found)/);
  });

  it('says the platform cannot be reached when it is down', async () => {
    const run = await legs([agent, '--profile', 'offline']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:\d+: connection refused\./);
    expect(run.stderr).toContain('network connection');
    expect(run.stderr).not.toContain(TOKEN);
  });

  it.each([
    ['usage: legflow legs CALL_SID --profile NAME [--json]', ['AGENT'], TOKEN],
    ['"a/b" is not a call sid', ['a/b', '--profile', 'staging'], TOKEN],
    ['There is no profile "prod"', ['AGENT', '--profile', 'prod'], TOKEN],
    ['needs a live profile', ['AGENT', '--profile', 'Simulator'], TOKEN],
    ['LEGFLOW_API_TOKEN_STAGING or LEGFLOW_API_TOKEN', ['AGENT', '--profile', 'staging'], null],
  ] as const)('says “%s” for %j and exits 2', async (says, args, token) => {
    const run = await legs(
      args.map((arg) => (arg === 'AGENT' ? agent : arg)),
      token,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
  });
});
