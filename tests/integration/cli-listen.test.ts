import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { grpcEventClient } from './listener/helpers/grpc-event-client';
import { legEvent } from './listener/helpers/sample-events';
import { waitFor } from './listener/helpers/wait-for';

/** `legflow listen` as a user starts it, with its output collected. */
function listen(...args: string[]) {
  const child = spawn(process.execPath, ['bin/legflow.js', 'listen', '--port', '0', ...args]);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (output.stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

let running: ChildProcessWithoutNullStreams | undefined;
afterEach(() => running?.kill('SIGKILL'));

async function addressOf(output: { stderr: string }): Promise<string> {
  await waitFor('the listening line', () => /grpc:\/\/([\d.]+:\d+)/.test(output.stderr), 10_000);
  return /grpc:\/\/([\d.]+:\d+)/.exec(output.stderr)![1]!;
}

describe('legflow listen', () => {
  it('prints each event it receives, one JSON object a line, and stops on Ctrl+C', async () => {
    const { child, output, exited } = listen('--json');
    running = child;
    const client = grpcEventClient(await addressOf(output));
    await client.send(legEvent('LEG1', 'leg_ringing', 0));
    await client.send(legEvent('LEG1', 'leg_answered', 500, { answered_by: 'HUMAN' }));
    client.close();
    await waitFor(
      'two events printed',
      () => output.stdout.trim().split('\n').length === 2,
      10_000,
    );
    const lines = output.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.event_name)).toEqual(['leg_ringing', 'leg_answered']);
    expect(lines[1].event_data.data.answered_by).toBe('HUMAN');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('prints a readable line by default', async () => {
    const { child, output } = listen();
    running = child;
    const client = grpcEventClient(await addressOf(output));
    await client.send(legEvent('LEG2', 'gather_success', 0, { digits: '42' }));
    client.close();
    await waitFor('an event printed', () => output.stdout.includes('gather_success'), 10_000);
    expect(output.stdout).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} {2}LEG2 {2}gather_success {2}digits=42 {2}contact_uri=07417712343 {2}\(grpc\)$/m,
    );
  });

  it('says which port is free when its port is taken (exit 2)', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const child = spawn(process.execPath, ['bin/legflow.js', 'listen', '--port', String(port)]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    blocker.close();
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`Port ${port} on 127.0.0.1 is in use by another program; port \\d+ is free`),
    );
  });

  it('refuses half a TLS configuration', async () => {
    const child = spawn(process.execPath, ['bin/legflow.js', 'listen', '--tls-cert', 'x.pem']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(stderr).toContain('TLS needs both --tls-cert and --tls-key.');
  });
});
