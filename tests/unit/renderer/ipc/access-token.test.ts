import { describe, expect, it } from 'vitest';
import { takeAccessToken } from '../../../../renderer/ipc/access-token';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('takeAccessToken', () => {
  it('takes the token from the address, keeps it, and removes it from the address bar', () => {
    const storage = memoryStorage();
    const addresses: string[] = [];
    const token = takeAccessToken(
      { href: 'http://127.0.0.1:5173/?token=abc&x=1#top' },
      storage,
      (url) => addresses.push(url),
    );
    expect(token).toBe('abc');
    expect(addresses).toEqual(['http://127.0.0.1:5173/?x=1#top']);
    // A reload has a clean address; the tab still knows the token.
    expect(takeAccessToken({ href: 'http://127.0.0.1:5173/' }, storage, () => undefined)).toBe(
      'abc',
    );
  });

  it('has no token when the page was opened without one', () => {
    expect(
      takeAccessToken({ href: 'http://127.0.0.1:5173/' }, memoryStorage(), () => undefined),
    ).toBeNull();
  });
});
