import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortInUseError, startWebServer } from '../../electron/web/web-server';
import type { WebServer } from '../../electron/web/web-server';

const SECRET = 'top-secret-outside-the-root';
let base: string;
let rootDir: string;
let server: WebServer;

/**
 * A request with the path sent exactly as written (fetch would normalise `..` away), and any
 * Host header (fetch forbids setting it).
 */
function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path, method: 'GET', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-web-'));
  rootDir = join(base, 'root');
  await mkdir(join(rootDir, 'assets'), { recursive: true });
  await writeFile(join(rootDir, 'index.html'), '<!doctype html><title>Legflow Studio</title>');
  await writeFile(join(rootDir, 'assets', 'app.js'), 'console.log("hi");');
  await writeFile(join(rootDir, 'assets', 'app.css'), 'body { color: black; }');
  await writeFile(join(rootDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await symlink(join(base, 'secret.txt'), join(rootDir, 'assets', 'link.txt'));
  server = await startWebServer({ port: 0, rootDir });
});

afterAll(async () => {
  await server.close();
  await rm(base, { recursive: true, force: true });
});

describe('startWebServer', () => {
  it('binds loopback on a port the system picked', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html for /', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Legflow Studio</title>');
  });

  it('sends its Content-Security-Policy as a header, which can forbid framing', async () => {
    const response = await fetch(server.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // The token is in the page's address: no request the page makes may carry it elsewhere.
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    // The renderer's <meta> policy (for the desktop app, loaded from a file) says the same.
    const html = await readFile(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const headerDirectives = policy.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta!.split('; ')).toEqual(headerDirectives);
  });

  it('refuses a Host that is not its own (DNS rebinding), and serves its own names', async () => {
    const rebound = await rawGet('/', { host: `attacker.example:${server.port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain('"attacker.example" is not a name of this server');
    expect((await rawGet('/', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await rawGet('/', { host: `127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(new URL(path, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD with headers only', async () => {
    const response = await fetch(new URL('assets/app.js', server.url), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('18');
    expect(await response.text()).toBe('');
  });

  it('returns 404 for missing files and for directories', async () => {
    expect((await fetch(new URL('nope.js', server.url))).status).toBe(404);
    expect((await fetch(new URL('assets/', server.url))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('rejects a path that cannot be decoded', async () => {
    expect((await rawGet('/%E0%A4%A')).status).toBe(400);
    expect((await rawGet('/index.html%00.js')).status).toBe(400);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/%2e%2e%5csecret.txt',
    `/${'..%2f'.repeat(12)}etc/passwd`,
  ])('does not serve files outside the root: %s', async (path) => {
    const { status, body } = await rawGet(path);
    expect(status).not.toBe(200);
    expect(body).not.toContain(SECRET);
  });

  it('does not follow a symbolic link out of the root', async () => {
    const { status, body } = await rawGet('/assets/link.txt');
    expect(status).toBe(404);
    expect(body).not.toContain(SECRET);
  });

  it('closes even while a keep-alive connection is open', async () => {
    const other = await startWebServer({ rootDir });
    await (await fetch(other.url)).text();
    await other.close();
    await other.close();
    await expect(fetch(other.url)).rejects.toThrow();
  });
});

describe('startWebServer when the port is taken', () => {
  let blocker: Server | undefined;
  afterEach(() => new Promise<void>((done) => (blocker ? blocker.close(() => done()) : done())));

  it('says the port is in use and names a free one', async () => {
    blocker = createServer();
    await new Promise<void>((done) => blocker?.listen({ host: '127.0.0.1', port: 0 }, done));
    const address = blocker.address();
    const taken = typeof address === 'object' && address ? address.port : 0;

    const attempt = startWebServer({ port: taken, rootDir });
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
    const error = (await attempt.catch((e: unknown) => e)) as PortInUseError;
    expect(error.message).toContain(`Port ${taken} on 127.0.0.1 is in use`);
    expect(error.freePort).not.toBe(taken);
    expect(error.message).toContain(`port ${error.freePort} is free`);

    const retry = await startWebServer({ port: error.freePort, rootDir });
    expect(retry.port).toBe(error.freePort);
    await retry.close();
  });
});
