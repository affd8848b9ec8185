import { describe, expect, it } from 'vitest';
import { checkUpgrade, createAccessToken } from '../../../electron/web/upgrade-guard';

const ORIGIN = 'http://127.0.0.1:5173';
const TOKEN = 'a-secret-token';

function check(url: string, origin?: string) {
  return checkUpgrade(
    { url, headers: origin === undefined ? {} : { origin } },
    {
      origin: ORIGIN,
      token: TOKEN,
    },
  );
}

describe('checkUpgrade', () => {
  it('lets the app page in with its token', () => {
    expect(check(`/ipc?token=${TOKEN}`, ORIGIN)).toEqual({ ok: true });
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['another port on the same host', 'http://127.0.0.1:5174'],
    ['localhost instead of 127.0.0.1', 'http://localhost:5173'],
    ['a file page', 'null'],
    ['no Origin header at all', undefined],
  ])('refuses %s', (_what, origin) => {
    expect(check(`/ipc?token=${TOKEN}`, origin)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    ['no token', '/ipc'],
    ['an empty token', '/ipc?token='],
    ['a wrong token', '/ipc?token=guess'],
    ['the token with more after it', `/ipc?token=${TOKEN}x`],
  ])('refuses %s', (_what, url) => {
    expect(check(url, ORIGIN)).toMatchObject({
      ok: false,
      status: 403,
      reason: expect.stringContaining('access token'),
    });
  });

  it('answers 404 for any other path', () => {
    expect(check(`/other?token=${TOKEN}`, ORIGIN)).toMatchObject({ ok: false, status: 404 });
  });

  it('makes a different long token every time', () => {
    const tokens = new Set(Array.from({ length: 20 }, createAccessToken));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
