import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EncryptedSecretStore,
  EnvSecretStore,
  envTokenName,
} from '../../../electron/settings/secret-store';
import { SettingsStore } from '../../../electron/settings/settings-store';

const folder = () => mkdtempSync(join(tmpdir(), 'legflow-settings-'));
const profile = {
  name: 'mumbai prod',
  region: 'mumbai' as const,
  accountSid: 'AC1',
  apiKey: 'k1',
  listener: { host: '127.0.0.1', port: 9001 },
};

describe('the settings store', () => {
  it('starts empty, saves profiles and reads them back', async () => {
    const store = new SettingsStore(join(folder(), 'nested', 'settings.json'));
    expect((await store.load()).settings.profiles).toEqual([]);
    await store.saveProfile(profile);
    await store.saveProfile({ ...profile, apiKey: 'k2' });
    expect((await store.load()).settings.profiles).toEqual([{ ...profile, apiKey: 'k2' }]);
    await store.removeProfile('mumbai prod');
    expect((await store.load()).settings.profiles).toEqual([]);
  });

  it('keeps a damaged file aside and reports it, rather than resetting it silently', async () => {
    const path = join(folder(), 'settings.json');
    writeFileSync(path, '{"format": "legflow.settings", "version": 1, "profiles": [{"name": ""}]}');
    const store = new SettingsStore(path, () => new Date('2026-11-23T10:00:00Z'));
    const loaded = await store.load();
    expect(loaded.settings.profiles).toEqual([]);
    expect(loaded.damaged?.keptAs).toBe(`${path}.damaged-2026-11-23T10-00-00-000Z`);
    expect(loaded.damaged?.problem).toContain('profiles.0.name');
    // It was moved aside, so the notice must not say it was left where it was.
    expect(loaded.damaged?.problem).not.toContain('left as it is');
    expect(readFileSync(loaded.damaged!.keptAs, 'utf8')).toContain('"profiles"');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to write a token or anything else the schema does not know', async () => {
    const store = new SettingsStore(join(folder(), 'settings.json'));
    await expect(
      store.save({
        format: 'legflow.settings',
        version: 1,
        profiles: [{ ...profile, apiToken: 'secret' } as never],
      }),
    ).rejects.toThrow(/apiToken/);
  });
});

describe('secret stores', () => {
  it('reads the token from the environment, per profile or shared, and cannot store one', async () => {
    const store = new EnvSecretStore({
      LEGFLOW_API_TOKEN: 'shared',
      [envTokenName('mumbai prod')]: 'own',
    });
    expect(envTokenName('mumbai prod')).toBe('LEGFLOW_API_TOKEN_MUMBAI_PROD');
    expect(await store.get('mumbai prod')).toBe('own');
    expect(await store.get('other')).toBe('shared');
    await expect(store.set('x', 'y')).rejects.toThrow(
      'set LEGFLOW_API_TOKEN_X (or LEGFLOW_API_TOKEN)',
    );
  });

  it('keeps tokens encrypted on disk', async () => {
    const path = join(folder(), 'secrets.json');
    const encryption = {
      encrypt: (plain: string) => Buffer.from([...Buffer.from(plain)].map((byte) => byte ^ 0x5a)),
      decrypt: (cipher: Buffer) => Buffer.from([...cipher].map((byte) => byte ^ 0x5a)).toString(),
    };
    const store = new EncryptedSecretStore(path, encryption);
    await store.set('prod', 'tok-123456');
    expect(readFileSync(path, 'utf8')).not.toContain('tok-123456');
    expect(await store.get('prod')).toBe('tok-123456');
    await store.remove('prod');
    expect(await store.get('prod')).toBeUndefined();
  });
});
