import { describe, expect, it } from 'vitest';
import {
  checkPlatformReach,
  isLocalPlatform,
  platformEndpoint,
} from '../../../electron/settings/event-endpoint';
import { liveProfileSchema } from '../../../electron/settings/settings-schema';
import { privateKindOf } from '../../../electron/settings/private-address';
import { fakeProbes } from './fake-targets';

describe('which addresses the platform cannot send to', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.20', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['172.32.0.1', null],
    ['203.0.113.9', null],
    ['2001:db8::1', null],
    ['events.example.com', null],
  ])('%s is %s', (address, kind) => {
    expect(privateKindOf(address)).toBe(kind);
  });
});

describe('whether the platform could reach an event endpoint', () => {
  const never = () => {
    throw new Error('a private endpoint must not be asked');
  };

  it('says a private, link-local or unspecified endpoint is out of the platform’s reach', async () => {
    const probes = fakeProbes({ localhost: ['::1', '127.0.0.1'] }, never);
    const cases = {
      'grpc://192.168.1.20:9001': '192.168.1.20:9001, a private-network address.',
      'grpcs://[fe80::1]:443': '[fe80::1]:443, a link-local address.',
      'grpc://0.0.0.0:9001': '0.0.0.0:9001, which is not an address anything can send to.',
      'http://localhost:8080': 'localhost:8080, an address on this machine only.',
    };
    for (const [endpoint, where] of Object.entries(cases)) {
      const check = await checkPlatformReach(endpoint, { probes });
      expect(check.ok).toBe(false);
      expect(check.message).toContain(
        `No listener reachable from the platform: events would go to ${where}`,
      );
    }
  });

  it('asks a public endpoint, by name, on the port its scheme implies', async () => {
    const probes = fakeProbes(
      { 'events.example.com': ['203.0.113.9'], 'split.example.com': ['10.0.0.5', '203.0.113.10'] },
      (host) => host === 'events.example.com',
    );
    expect(await checkPlatformReach('grpcs://events.example.com', { probes })).toEqual({
      ok: true,
      message: 'The event endpoint events.example.com:443 answers from this machine.',
    });
    // One public address among private ones is enough to try.
    expect((await checkPlatformReach('http://split.example.com', { probes })).message).toContain(
      'Nothing answers at split.example.com:80.',
    );
    expect(probes.asked).toEqual(['events.example.com:443', 'split.example.com:80']);
  });
});

describe('a platform on this machine or its network', () => {
  const profile = (fields: Record<string, unknown>) =>
    liveProfileSchema.parse({ name: 'p', accountSid: 'a', apiKey: 'k', ...fields });

  it('is a custom base URL on localhost or a private address, never a region preset', () => {
    expect(isLocalPlatform(profile({ region: 'custom', baseUrl: 'http://127.0.0.1:4010' }))).toBe(
      true,
    );
    expect(isLocalPlatform(profile({ region: 'custom', baseUrl: 'http://localhost:4010' }))).toBe(
      true,
    );
    expect(isLocalPlatform(profile({ region: 'custom', baseUrl: 'https://10.0.0.5' }))).toBe(true);
    expect(
      isLocalPlatform(profile({ region: 'custom', baseUrl: 'https://legs.example.com' })),
    ).toBe(false);
    expect(isLocalPlatform(profile({ region: 'mumbai' }))).toBe(false);
  });

  it('reaches a listener on a private address, so that is asked, not refused', async () => {
    const probes = fakeProbes({}, () => true);
    expect(
      await checkPlatformReach('grpc://127.0.0.1:9001', { probes, platformIsLocal: true }),
    ).toMatchObject({
      ok: true,
    });
    expect(probes.asked).toEqual(['127.0.0.1:9001']);
    expect(await checkPlatformReach('grpc://127.0.0.1:9001', { probes })).toMatchObject({
      ok: false,
    });
  });

  it('is given the listener’s own address when the profile has no public endpoint', () => {
    expect(platformEndpoint(profile({ listener: { host: '0.0.0.0', port: 9001 } }))).toBe(
      'grpc://0.0.0.0:9001',
    );
    expect(platformEndpoint(profile({ eventEndpoint: 'grpcs://events.example.com:443' }))).toBe(
      'grpcs://events.example.com:443',
    );
  });
});
