import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, EMPTY_DRAFT } from '../../../../renderer/settings/profile-draft';

const filled = {
  ...EMPTY_DRAFT,
  name: 'staging',
  accountSid: 'AC1',
  apiKey: 'key1',
};

describe('checkDraft', () => {
  it('names each problem beside its field', () => {
    const result = checkDraft({ ...EMPTY_DRAFT, region: 'custom', listenerPort: 'x' });
    expect(result.errors).toMatchObject({
      name: 'give the profile a name',
      baseUrl: 'a custom region needs a base URL',
      accountSid: 'the account sid is needed',
      apiKey: 'the API key is needed',
      listenerPort: 'a port number',
    });
  });

  it('asks for both TLS files rather than dropping one', () => {
    const result = checkDraft({ ...filled, certFile: '/tls/cert.pem' });
    expect(result.errors).toEqual({ keyFile: 'the key file is needed' });
  });

  it('gives a profile the settings file accepts, with empty fields left out', () => {
    const result = checkDraft({ ...filled, baseUrl: 'https://ignored.example', token: 'tok' });
    expect(result.profile).toEqual({
      name: 'staging',
      region: 'mumbai',
      accountSid: 'AC1',
      apiKey: 'key1',
      listener: { host: '127.0.0.1', port: 9001 },
    });
    expect(JSON.stringify(result)).not.toContain('tok');
  });

  it('round-trips a saved profile, with the token field always empty', () => {
    const profile = {
      name: 'p',
      region: 'custom' as const,
      baseUrl: 'https://api.example.com',
      accountSid: 'AC1',
      apiKey: 'k',
      defaultExophone: '0800',
      listener: { host: '0.0.0.0', port: 443, tls: { certFile: 'c', keyFile: 'k' } },
      eventEndpoint: 'grpcs://events.example.com:443',
    };
    const draft = draftOf(profile);
    expect(draft.token).toBe('');
    expect(checkDraft(draft).profile).toEqual(profile);
  });
});
