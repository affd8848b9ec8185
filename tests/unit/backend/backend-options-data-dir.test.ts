import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { defaultDataDir, settingsFileFor } from '../../../electron/backend/backend-options';

describe('the data folder', () => {
  it('is LEGFLOW_DATA_DIR when set, so scripts and demos leave the user folder alone', () => {
    expect(defaultDataDir({ LEGFLOW_DATA_DIR: '/tmp/legflow-demo' })).toBe('/tmp/legflow-demo');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' })).toMatch(/legflow$/);
  });

  it('holds settings.json when LEGFLOW_DATA_DIR is set; LEGFLOW_SETTINGS still wins', () => {
    const web = { platform: 'web' as const };
    const env = { LEGFLOW_DATA_DIR: '/tmp/legflow-demo', XDG_CONFIG_HOME: '/cfg' };
    expect(settingsFileFor(web, '/tmp/legflow-demo', env)).toBe(
      join('/tmp/legflow-demo', 'settings.json'),
    );
    expect(settingsFileFor(web, '/tmp/legflow-demo', { ...env, LEGFLOW_SETTINGS: '/s.json' })).toBe(
      '/s.json',
    );
    expect(settingsFileFor(web, '/cfg/legflow', { XDG_CONFIG_HOME: '/cfg' })).toBe(
      join('/cfg', 'legflow', 'settings.json'),
    );
  });
});

describe('browser mode with LEGFLOW_DATA_DIR', () => {
  let base: string | undefined;
  afterEach(async () => {
    vi.unstubAllEnvs();
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('saves settings.json in the data folder, not in the user config folder', async () => {
    base = await mkdtemp(join(tmpdir(), 'legflow-web-data-'));
    const dataDir = join(base, 'data');
    const home = join(base, 'home');
    // The "user" folders are temporary too, so a regression cannot touch the real ~/.config.
    vi.stubEnv('HOME', home);
    vi.stubEnv('XDG_CONFIG_HOME', join(home, '.config'));
    vi.stubEnv('LEGFLOW_SETTINGS', undefined);
    vi.stubEnv('LEGFLOW_DATA_DIR', dataDir);
    // As `legflow web` builds it: no data folder or settings file given.
    const backend = await createBackend({ platform: 'web', workspaceDir: join(base, 'ws') });
    try {
      const saved = await backend.dispatch('settings.saveSimulator', { speed: 7 });
      expect(saved).toMatchObject({ ok: true, value: { path: join(dataDir, 'settings.json') } });
      const file = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as unknown;
      expect(file).toMatchObject({ simulator: { speed: 7 } });
      await expect(access(join(home, '.config', 'legflow', 'settings.json'))).rejects.toThrow();
    } finally {
      await backend.close();
    }
  });
});
