import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/backend/backend-options';

describe('the data folder', () => {
  it('is LEGFLOW_DATA_DIR when set, so scripts and demos leave the user folder alone', () => {
    expect(defaultDataDir({ LEGFLOW_DATA_DIR: '/tmp/legflow-demo' })).toBe('/tmp/legflow-demo');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' })).toMatch(/legflow$/);
  });
});
