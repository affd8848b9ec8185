import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inbox, connect } from './web/ipc-client';

const built = existsSync('dist/renderer/index.html');
let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-cli-web-'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('legflow web', () => {
  it('refuses to listen anywhere but loopback', () => {
    const run = spawnSync(process.execPath, ['bin/legflow.js', 'web', '--host', '0.0.0.0'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--host'");
  });

  it.skipIf(!built)('serves the app with a fresh token and a workspace of its own', async () => {
    const workspace = join(base, 'new-workspace');
    const child = spawn(
      process.execPath,
      ['bin/legflow.js', 'web', '--port', '0', '--workspace', workspace],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: base } },
    );
    try {
      let printed = '';
      const address = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          const found = /running at (\S+)/.exec(printed);
          if (found && printed.includes('Press Ctrl+C')) resolve(found[1]!);
        });
        child.once('exit', () => reject(new Error(`legflow web exited: ${printed}`)));
      });
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
      expect(printed).toContain(`saved to ${workspace}`);
      expect((await stat(workspace)).isDirectory()).toBe(true);

      const url = new URL(address);
      expect((await fetch(url)).status).toBe(200);
      const socketUrl = `ws://${url.host}/ipc${url.search}`;
      const connection = await connect(socketUrl, url.origin);
      if (!('socket' in connection)) throw new Error(`refused with ${connection.refused}`);
      const inbox = new Inbox(connection.socket);
      connection.socket.send(JSON.stringify({ type: 'request', id: 1, command: 'app.info' }));
      expect(await inbox.reply(1)).toMatchObject({ result: { ok: true, value: { workspace } } });
      connection.socket.close();
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
