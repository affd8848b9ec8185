import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlow } from '../../../shared/flow';
import { RunService } from '../../../electron/run-service/run-service';
import type { RunNotice } from '../../../electron/run-service/run-service';
import { EnvSecretStore } from '../../../electron/settings/secret-store';
import type { LiveProfile, Settings } from '../../../electron/settings/settings-schema';
import { startSimulator } from '../../../electron/simulator';
import type { RunningSimulator } from '../../../electron/simulator';
import { waitFor } from '../listener/helpers/wait-for';

/**
 * A live profile pointed at the simulator's HTTP API as a stand-in platform: the app's live path
 * end to end (settings, token from the secret store, consent, our own listener, events over
 * gRPC) with no real phone rung.
 */
const TOKEN = 'tok-live-service-91c2';
const REMINDER = loadFlow(
  readFileSync('assets/examples/appointment-reminder.legflow.json', 'utf8'),
);
const PATIENT = '09163816621';

let platform: RunningSimulator;
let settings: Settings;
const logs = mkdtempSync(join(tmpdir(), 'legflow-live-runs-'));

function profile(name: string, extra: Partial<LiveProfile> = {}): LiveProfile {
  return {
    name,
    region: 'custom',
    baseUrl: platform.baseUrl,
    accountSid: 'AC88',
    apiKey: 'key88',
    listener: { host: '127.0.0.1', port: 0 },
    ...extra,
  };
}

/** A service with the token in its (fake) environment; it records every notice from the start. */
function service(env: NodeJS.ProcessEnv) {
  const runs = new RunService({
    logFolder: logs,
    readSettings: async () => settings,
    secrets: new EnvSecretStore(env),
    simulator: { speed: 50 },
  });
  const notices: RunNotice[] = [];
  runs.onNotice((notice) => notices.push(notice));
  const finished = async (runId: string) => {
    const mine = () => notices.filter((notice) => notice.runId === runId);
    await waitFor('the run to end', () => mine().some((n) => n.update.type === 'finished'), 15_000);
    return mine();
  };
  return { runs, finished };
}

/** The kept run, once its log is on disk (it is written behind the notices). */
async function kept(runs: RunService, runId: string) {
  for (let i = 0; i < 500; i++) {
    const found = (await runs.history()).find((run) => run.runId === runId);
    if (found?.status !== undefined && found.status !== 'interrupted') return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`run ${runId} never reached the history`);
}

beforeAll(async () => {
  platform = await startSimulator({
    speed: 50,
    account: { sid: 'AC88', key: 'key88', token: TOKEN },
  });
  settings = {
    format: 'legflow.settings',
    version: 1,
    profiles: [profile('staging'), profile('tunnel down', { eventEndpoint: 'grpc://127.0.0.1:1' })],
  };
});
afterAll(() => platform.close());

describe('the run service on a live profile', () => {
  it('plans, refuses without consent, then runs over the real API and listener', async () => {
    const { runs, finished } = service({ LEGFLOW_API_TOKEN: TOKEN });
    try {
      const plan = await runs.plan(REMINDER, 'staging');
      expect(plan).toMatchObject({
        profile: 'staging',
        live: true,
        numbers: [{ nodeId: 'dial', leg: 'patient', number: PATIENT }],
        // Our listener is on loopback, which this stand-in platform (on this machine too) can
        // reach: it is asked, and answers. Exotel's cloud could not (tests/unit/run-service).
        listener: {
          ok: true,
          message: expect.stringMatching(
            /^The event endpoint 127\.0\.0\.1:\d+ answers from this machine\.$/,
          ),
        },
      });
      expect(plan.problem).toBeUndefined();
      await expect(runs.start({ flow: REMINDER, profile: 'staging' })).rejects.toThrow(
        `Not confirmed: ${PATIENT}.`,
      );
      expect(platform.control.listLegs({ live: false })).toHaveLength(0);

      const runId = await runs.start({
        flow: REMINDER,
        profile: 'staging',
        confirmedNumbers: [PATIENT],
      });
      const notices = await finished(runId);
      expect(notices.at(-1)!.update).toMatchObject({ type: 'finished', status: 'completed' });
      // The stand-in platform really dialled the confirmed number.
      expect(platform.control.listLegs({ live: false }).map((leg) => leg.number)).toContain(
        PATIENT,
      );
      expect(await kept(runs, runId)).toMatchObject({
        profile: 'staging',
        flow: 'Appointment reminder',
        status: 'completed',
      });
    } finally {
      await runs.close();
    }
  });

  it('warns when nothing answers at the event endpoint, and still may run', async () => {
    const { runs } = service({ LEGFLOW_API_TOKEN: TOKEN });
    try {
      const plan = await runs.plan(REMINDER, 'tunnel down');
      expect(plan.problem).toBeUndefined();
      expect(plan.listener).toEqual({
        ok: false,
        message:
          "Nothing answers at 127.0.0.1:1. Start the listener (or the tunnel) and check the profile's event endpoint.",
      });
    } finally {
      await runs.close();
    }
  });

  it('says the token was refused without showing it, in the run and in its log', async () => {
    const { runs, finished } = service({ LEGFLOW_API_TOKEN: 'wrong-token-d41d' });
    try {
      const runId = await runs.start({
        flow: REMINDER,
        profile: 'staging',
        confirmedNumbers: [PATIENT],
      });
      const notices = await finished(runId);
      await kept(runs, runId);
      const end = notices.at(-1)!.update;
      expect(end).toMatchObject({ type: 'finished', status: 'failed' });
      expect(JSON.stringify(notices)).not.toContain('wrong-token-d41d');
      expect(JSON.stringify(notices)).toContain('401');
    } finally {
      await runs.close();
    }
    for (const name of readdirSync(logs)) {
      expect(readFileSync(join(logs, name), 'utf8')).not.toContain('wrong-token-d41d');
    }
  });
});
