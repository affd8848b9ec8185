import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../electron/listener';
import type { LegEventListener } from '../../electron/listener';
import { waitFor } from './listener/helpers/wait-for';

let sim: ChildProcessWithoutNullStreams | undefined;
let listener: LegEventListener | undefined;
afterEach(async () => {
  sim?.kill('SIGKILL');
  await listener?.close();
});

describe('legflow sim', () => {
  it("prints where it listens and its credentials, then serves the seed's example request", async () => {
    sim = spawn(process.execPath, ['bin/legflow.js', 'sim', '--port', '0', '--speed', '20']);
    let stdout = '';
    sim.stdout.on('data', (chunk) => (stdout += String(chunk)));
    await waitFor('the first line', () => stdout.includes('\n'), 10_000);
    const first = stdout.split('\n')[0]!;
    const match =
      /^Legs API simulator at (http:\/\/127\.0\.0\.1:\d+) {2}account (\S+) {2}key (\S+) {2}token (\S+)$/.exec(
        first,
      );
    expect(match, first).not.toBeNull();
    const [, baseUrl, account, key, token] = match!;

    listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
    const events: string[] = [];
    listener.subscribe('all', (event) => void events.push(event.event_name));
    const reply = await fetch(`${baseUrl}/v2/accounts/${account}/legs`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${key}:${token}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        contact_uri: '09163816621',
        exophone: '08030752400',
        leg_event_endpoint: `grpc://${listener.grpc.address}`,
      }),
    });
    expect(reply.status).toBe(202);
    const body = (await reply.json()) as {
      request_id: string;
      response: { data: { leg_sid: string } };
    };
    expect(body).toMatchObject({
      method: 'POST',
      http_code: 202,
      response: {
        error_data: null,
        data: { account_sid: account, contact_uri: '09163816621', exophone: '08030752400' },
      },
    });
    expect(body.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.response.data.leg_sid).toMatch(/^\w{27}00000$/);
    await waitFor('the leg to be answered', () => events.includes('leg_answered'), 10_000);
    expect(events.slice(0, 3)).toEqual(['leg_connecting', 'leg_ringing', 'leg_answered']);
  });

  it('starts with a manual clock that only the control API moves', async () => {
    sim = spawn(process.execPath, [
      'bin/legflow.js',
      'sim',
      '--port',
      '0',
      '--speed',
      'manual',
      '--seed',
      '7',
    ]);
    let stdout = '';
    sim.stdout.on('data', (chunk) => (stdout += String(chunk)));
    await waitFor('the first two lines', () => stdout.split('\n').length > 2, 10_000);
    const [first, second] = stdout.split('\n');
    const baseUrl = /^Legs API simulator at (\S+) {2}account \S+ {2}key \S+ {2}token \S+$/.exec(
      first!,
    )?.[1];
    expect(baseUrl, first).toBeDefined();
    expect(second).toContain('clock manual (moves only through POST /_sim/clock/advance)');
    const clock = (await (await fetch(`${baseUrl}/_sim/clock`)).json()) as Record<string, unknown>;
    expect(clock).toMatchObject({ mode: 'manual', nextDue: null, pendingTimers: 0 });
    const moved = await fetch(`${baseUrl}/_sim/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 1_000 }),
    });
    expect(await moved.json()).toMatchObject({ nowMs: (clock.nowMs as number) + 1_000 });
  });

  it('refuses --speed instant, which needs the whole session in one process (exit 2)', async () => {
    const child = spawn(process.execPath, ['bin/legflow.js', 'sim', '--speed', 'instant']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(stderr).toContain('only makes sense for `legflow run`');
  });

  it('names a free port when its port is taken, as `legflow web` does (exit 2)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const child = spawn(process.execPath, ['bin/legflow.js', 'sim', '--port', String(port)]);
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
      expect(stderr).toMatch(
        new RegExp(
          `^legflow: Port ${port} on 127\\.0\\.0\\.1 is in use by another program; port \\d+ is free\\. Start it with --port to pick another\\.\n$`,
        ),
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('refuses half a set of credentials (exit 2)', async () => {
    const child = spawn(process.execPath, ['bin/legflow.js', 'sim', '--account', 'AC1']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(stderr).toContain('--account, --key and --token go together');
  });
});
