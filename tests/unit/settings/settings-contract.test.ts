import { describe, expect, it } from 'vitest';
import { envTokenName } from '../../../electron/settings/secret-store';
import { liveProfileSchema } from '../../../electron/settings/settings-schema';
import { profileFormSchema, tokenVariable } from '../../../shared/ipc';

describe('the Settings dialog and the settings file agree', () => {
  it('name the same token variable', () => {
    for (const name of ['staging', 'Prod EU-2', 'ünïcode']) {
      expect(tokenVariable(name)).toBe(envTokenName(name));
    }
  });

  it('accept the same profile', () => {
    const profile = {
      name: 'p',
      region: 'custom' as const,
      baseUrl: 'https://api.example.com',
      accountSid: 'AC1',
      apiKey: 'k',
      listener: { host: '0.0.0.0', port: 443, tls: { certFile: 'c', keyFile: 'k' } },
      eventEndpoint: 'grpcs://events.example.com:443',
    };
    expect(liveProfileSchema.parse(profileFormSchema.parse(profile))).toEqual(profile);
    const noUrl = { ...profile, baseUrl: undefined };
    expect(profileFormSchema.safeParse(noUrl).success).toBe(false);
    expect(liveProfileSchema.safeParse(noUrl).success).toBe(false);
  });
});
