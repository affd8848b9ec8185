import { describe, expect, it } from 'vitest';
import {
  createLegRequestSchema,
  createLegWarnings,
  describeProblems,
} from '../../../electron/simulator/api/create-leg-request';

const valid = {
  contact_uri: '09163816621',
  exophone: '08030752400',
  leg_event_endpoint: 'grpc://127.0.0.1:9001',
};

function problems(body: Record<string, unknown>): string {
  const parsed = createLegRequestSchema.safeParse(body);
  return parsed.success ? '' : describeProblems(parsed.error).description;
}

describe('create-leg validation', () => {
  it('fills in the documented defaults', () => {
    expect(createLegRequestSchema.parse(valid)).toEqual({
      ...valid,
      network_type: 'pstn',
      timeout: 30,
      setup_timeout: 30,
      ring_timeout: 30,
      time_limit: 14400,
      amd_enable: false,
      async_amd: false,
      priority: 'normal',
    });
  });

  it('names each missing mandatory field', () => {
    expect(problems({})).toBe(
      'contact_uri is required; exophone is required; leg_event_endpoint is required',
    );
  });

  it.each([
    [{ contact_uri: '09163816621' }, true],
    [{ contact_uri: '+919163816621' }, true],
    [{ contact_uri: '919163816621' }, true],
    [{ contact_uri: '08030752400' }, true],
    [{ contact_uri: '00163816621' }, false],
    [{ contact_uri: '9163816621' }, false],
    [{ contact_uri: '+9191638166211' }, false],
    [{ contact_uri: '0916 381 6621' }, false],
    [{ contact_uri: 'sip:a@b.example', network_type: 'voip' }, true],
    [{ contact_uri: 'sip:@b.example', network_type: 'voip' }, false],
    [{ leg_event_endpoint: 'grpc://listener.example.com' }, true],
    [{ leg_event_endpoint: 'grpc://[::1]:9001' }, true],
    [{ leg_event_endpoint: 'grpc://h:99999' }, false],
    [{ leg_event_endpoint: 'grpcs://h:1' }, false],
    [{ time_limit: 14400 }, true],
    [{ time_limit: 14401 }, false],
    [{ timeout: 1 }, true],
    [{ ring_timeout: 0 }, false],
    [{ amd_enable: true, async_amd: true }, true],
    // "Applicable only when amd_enable is true" (seed 001): ignored with a warning, not a 400.
    [{ async_amd: true }, true],
    [{ contact_uri: 'sip:a@b.example' }, false],
    [{ network_type: 'voip' }, false],
    [{ custom_param: null }, true],
    [{ priority: 'high' }, true],
  ])('%j is %s', (change, ok) => {
    expect(problems({ ...valid, ...change }) === '').toBe(ok);
  });
});

describe('create-leg warnings', () => {
  it('warns of async_amd without amd_enable, and of nothing else', () => {
    const warnings = (change: Record<string, unknown>) =>
      createLegWarnings(createLegRequestSchema.parse({ ...valid, ...change }));
    expect(warnings({ async_amd: true })).toEqual([
      'async_amd is ignored: it applies only when amd_enable is true',
    ]);
    expect(warnings({ async_amd: true, amd_enable: true })).toEqual([]);
    expect(warnings({})).toEqual([]);
  });
});
