import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import type { LegEventListener } from '../../../electron/listener';
import { testConnection } from '../../../electron/settings/test-connection';
import { startSimulator } from '../../../electron/simulator';
import type { RunningSimulator } from '../../../electron/simulator';

let sim: RunningSimulator;
let listener: LegEventListener;
beforeAll(async () => {
  sim = await startSimulator({ account: { sid: 'AC9', key: 'key9', token: 'right-token' } });
  listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
});
afterAll(async () => {
  await sim.close();
  await listener.close();
});

const profile = () => ({
  name: 'staging',
  region: 'custom' as const,
  baseUrl: sim.baseUrl,
  accountSid: 'AC9',
  apiKey: 'key9',
  listener: { host: '127.0.0.1', port: listener.grpc.port },
});

describe('Test connection', () => {
  it('says the credentials work and the listener answers', async () => {
    const report = await testConnection(profile(), 'right-token');
    expect(report.credentials).toEqual({
      ok: true,
      message: 'The platform accepted the key and token.',
    });
    expect(report.listener.ok).toBe(true);
  });

  it('says plainly when the token is refused, without showing it', async () => {
    const report = await testConnection(profile(), 'wrong-token-xyz');
    expect(report.credentials.ok).toBe(false);
    expect(report.credentials.message).toContain('The API token was refused (401)');
    expect(JSON.stringify(report)).not.toContain('wrong-token-xyz');
  });

  it('says when nothing answers at the event endpoint', async () => {
    const report = await testConnection(
      { ...profile(), eventEndpoint: 'grpc://127.0.0.1:1' },
      'right-token',
    );
    expect(report.listener).toEqual({
      ok: false,
      message:
        "Nothing answers at 127.0.0.1:1. Start the listener (or the tunnel) and check the profile's event endpoint. Legflow's own listener for this profile runs only during a run: pressing Run checks again with it up, before anyone is dialled.",
    });
  });
});
