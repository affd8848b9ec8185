import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsPath } from '../../../electron/settings/load-settings';

describe('the settings file the CLI and the app share', () => {
  it('is LEGFLOW_SETTINGS, else settings.json in LEGFLOW_DATA_DIR, else the config folder', () => {
    const env = { XDG_CONFIG_HOME: '/cfg' };
    expect(settingsPath(env)).toBe(join('/cfg', 'legflow', 'settings.json'));
    expect(settingsPath({ ...env, LEGFLOW_DATA_DIR: '/data' })).toBe(
      join('/data', 'settings.json'),
    );
    expect(settingsPath({ ...env, LEGFLOW_DATA_DIR: '/data', LEGFLOW_SETTINGS: '/s.json' })).toBe(
      '/s.json',
    );
  });
});
