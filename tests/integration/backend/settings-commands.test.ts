import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { call } from './call-backend';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import type { LegEventListener } from '../../../electron/listener';
import { EncryptedSecretStore, EnvSecretStore } from '../../../electron/settings/secret-store';
import type { SecretStore } from '../../../electron/settings/secret-store';
import { startSimulator } from '../../../electron/simulator';
import type { RunningSimulator } from '../../../electron/simulator';

const TOKEN = 'right-token-4f9a';
/** Reversible but not plain, as safeStorage would be. */
const fakeEncryption = {
  encrypt: (plain: string) => Buffer.from([...plain].reverse().join(''), 'utf8'),
  decrypt: (cipher: Buffer) => [...cipher.toString('utf8')].reverse().join(''),
};

let sim: RunningSimulator;
let listener: LegEventListener;
let folder: string;
const backends: Backend[] = [];
beforeAll(async () => {
  sim = await startSimulator({ account: { sid: 'AC9', key: 'key9', token: TOKEN } });
  listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
});
afterAll(async () => {
  await sim.close();
  await listener.close();
});
afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
  await rm(folder, { recursive: true, force: true });
});

/** A backend over a fresh temporary folder; `secrets` may keep its file in that folder. */
async function backendWith(secrets: (folder: string) => SecretStore): Promise<Backend> {
  folder = await mkdtemp(join(tmpdir(), 'legflow-settings-'));
  await mkdir(join(folder, 'data'));
  const backend = await createBackend({
    platform: 'electron',
    workspaceDir: join(folder, 'workspace'),
    dataDir: join(folder, 'data'),
    secrets: secrets(folder),
  });
  backends.push(backend);
  return backend;
}

const profile = () => ({
  name: 'staging',
  region: 'custom' as const,
  baseUrl: sim.baseUrl,
  accountSid: 'AC9',
  apiKey: 'key9',
  listener: { host: '127.0.0.1', port: listener.grpc.port },
});

async function everyFileText(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile());
  const texts = await Promise.all(files.map((f) => readFile(join(f.parentPath, f.name), 'utf8')));
  return texts.join('\n');
}

describe('settings commands', () => {
  it('saves a profile with its token encrypted, and tests the connection with it', async () => {
    const backend = await backendWith(
      (dir) => new EncryptedSecretStore(join(dir, 'data', 'tokens.json'), fakeEncryption),
    );
    const saved = await call(backend, 'settings.saveProfile', {
      profile: profile(),
      token: TOKEN,
    });
    expect(saved).toMatchObject({
      tokenStorage: 'encrypted',
      profiles: [{ profile: { name: 'staging' }, tokenStored: true }],
    });
    expect(JSON.stringify(saved)).not.toContain(TOKEN);
    expect(await everyFileText(folder)).not.toContain(TOKEN);

    const report = await call(backend, 'settings.testConnection', { name: 'staging' });
    expect(report.credentials.ok).toBe(true);
    expect(report.listener.ok).toBe(true);
  });

  it('in browser mode refuses a token with the environment variable to set, saving nothing', async () => {
    const backend = await backendWith(() => new EnvSecretStore({}));
    const result = await backend.dispatch('settings.saveProfile', {
      profile: profile(),
      token: TOKEN,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!result.ok && result.error.message).toContain('LEGFLOW_API_TOKEN_STAGING');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    const after = await call(backend, 'settings.get', undefined);
    expect(after.profiles).toEqual([]);
  });

  it('tests a profile with the token from the environment, and reports a wrong one plainly', async () => {
    const backend = await backendWith(
      () => new EnvSecretStore({ LEGFLOW_API_TOKEN: 'wrong-tok-77' }),
    );
    await backend.dispatch('settings.saveProfile', { profile: profile() });
    const report = await call(backend, 'settings.testConnection', { name: 'staging' });
    expect(report.credentials.ok).toBe(false);
    expect(JSON.stringify(report)).not.toContain('wrong-tok-77');
  });

  it('refuses an invalid profile with each problem named', async () => {
    const backend = await backendWith(() => new EnvSecretStore({}));
    const result = await backend.dispatch('settings.saveProfile', {
      profile: { ...profile(), baseUrl: undefined },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(JSON.stringify(result)).toContain('baseUrl');
  });

  it('reports a damaged settings file, keeps it aside, and keeps the simulator speed', async () => {
    const backend = await backendWith(() => new EnvSecretStore({}));
    await writeFile(join(folder, 'data', 'settings.json'), '{ not json');
    const got = await call(backend, 'settings.get', undefined);
    expect(got.damaged?.problem).toContain('not valid JSON');
    expect(await readFile(got.damaged?.keptAs ?? '', 'utf8')).toBe('{ not json');

    // Every window hears of each change: the run toolbar's profile list follows it.
    const heard: string[] = [];
    backend.subscribe(({ name }) => heard.push(name));
    const sped = await call(backend, 'settings.saveSimulator', { speed: 20 });
    expect(sped.simulator).toEqual({ speed: 20 });
    await backend.dispatch('settings.saveProfile', { profile: profile() });
    const removed = await call(backend, 'settings.removeProfile', { name: 'staging' });
    expect(removed.profiles).toEqual([]);
    expect(heard).toEqual(['settings.changed', 'settings.changed', 'settings.changed']);
    // Reading does not count as a change.
    await call(backend, 'settings.get', undefined);
    expect(heard).toHaveLength(3);
  });
});
