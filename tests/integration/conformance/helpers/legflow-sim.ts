import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { rawApi } from '../../simulator/helpers/raw-api';
import type { RawApi } from '../../simulator/helpers/raw-api';
import { waitFor } from '../../listener/helpers/wait-for';

/** The account `legflow sim` is started with, so tests can name another one. */
export const ACCOUNT = { sid: 'conformance01', key: 'conf-key', token: 'conf-token' };

/** The seed's exophone and example number (seed 001). */
export const EXOPHONE = '08030752400';
export const SEED_NUMBER = '09163816621';

/**
 * `legflow sim` as another team's tests would run it: the built CLI in its own process, on a free
 * port, with a manual clock (`--speed manual`) that only {@link LegflowSim.advance} moves, so
 * every timing below is exact. Talked to over HTTP only, with `content-type: application/json`.
 */
export interface LegflowSim {
  baseUrl: string;
  api: RawApi;
  /** `/v2/accounts/{sid}` and `/v3/accounts/{sid}` of its account. */
  v2: string;
  v3: string;
  /** Moves the clock by `ms`, firing every timer due, and resolves once their events are delivered. */
  advance(ms: number): Promise<void>;
  /** Gives a number a persona (the control API's phonebook). */
  persona(number: string, persona: Record<string, unknown>): Promise<void>;
  /** Creates a leg with the seed's example request and `extra`; returns the raw reply. */
  createLeg(endpoint: string, extra?: Record<string, unknown>): ReturnType<RawApi>;
  close(): void;
}

/** Starts `legflow sim --speed manual` with `args` added (e.g. `--faults enqueue=1`). */
export async function startLegflowSim(args: string[] = []): Promise<LegflowSim> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [
    'bin/legflow.js',
    'sim',
    '--port',
    '0',
    '--speed',
    'manual',
    '--seed',
    '1',
    '--rate-limit',
    '0',
    '--account',
    ACCOUNT.sid,
    '--key',
    ACCOUNT.key,
    '--token',
    ACCOUNT.token,
    ...args,
  ]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  await waitFor(`legflow sim to start (${stderr})`, () => stdout.includes('\n'), 15_000);
  const baseUrl = /at (http:\/\/\S+)/.exec(stdout)?.[1];
  if (!baseUrl) throw new Error(`legflow sim printed no address: ${stdout} ${stderr}`);
  const api = rawApi(baseUrl, { key: ACCOUNT.key, token: ACCOUNT.token });
  const v2 = `/v2/accounts/${ACCOUNT.sid}`;
  const control = async (method: string, path: string, body?: unknown) => {
    const reply = await api(method, path, body, { credentials: null });
    if (reply.status >= 300) {
      throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
  };
  return {
    baseUrl,
    api,
    v2,
    v3: `/v3/accounts/${ACCOUNT.sid}`,
    advance: (ms) => control('POST', '/_sim/clock/advance', { ms }),
    persona: (number, persona) =>
      control('PUT', `/_sim/phonebook/${encodeURIComponent(number)}`, { persona }),
    createLeg: (endpoint, extra = {}) =>
      api('POST', `${v2}/legs`, {
        contact_uri: SEED_NUMBER,
        exophone: EXOPHONE,
        leg_event_endpoint: endpoint,
        network_type: 'pstn',
        ...extra,
      }),
    close: () => void child.kill('SIGKILL'),
  };
}
