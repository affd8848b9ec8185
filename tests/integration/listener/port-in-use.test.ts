import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findFreePort,
  PortInUseError,
  silentListenerLogger,
  startListener,
} from '../../../electron/listener';

let blocker: Server;
let takenPort: number;

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const address = blocker.address();
  takenPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => blocker.close(resolve));
});

/** The error a start failed with; fails the test if the listener started. */
async function startFailure(settings: Parameters<typeof startListener>[0]): Promise<unknown> {
  const outcome = await startListener(settings, { logger: silentListenerLogger }).then(
    async (listener) => {
      await listener.close();
      return undefined;
    },
    (error: unknown) => error,
  );
  if (outcome === undefined) throw new Error('expected the listener not to start');
  return outcome;
}

describe('a port that is taken', () => {
  it('says the gRPC port is in use and names a free one', async () => {
    const error = await startFailure({ host: '127.0.0.1', port: takenPort });
    expect(error).toBeInstanceOf(PortInUseError);
    const message = (error as Error).message;
    expect(message).toContain(`Port ${takenPort} on 127.0.0.1 is in use`);
    const free = Number(/port (\d+) is free/.exec(message)?.[1]);
    expect(free).toBeGreaterThan(0);
    expect(free).not.toBe(takenPort);
    expect((error as PortInUseError).freePort).toBe(free);
  });

  it('says the same of the HTTP port, and does not keep the gRPC port it had bound', async () => {
    const grpcPort = await findFreePort('127.0.0.1');
    const error = await startFailure({ port: grpcPort, http: { port: takenPort } });
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toContain(`Port ${takenPort} on 127.0.0.1 is in use`);

    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ host: '127.0.0.1', port: grpcPort }, resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
  });

  it('starts on the free port it named', async () => {
    const error = (await startFailure({ port: takenPort })) as PortInUseError;
    const listener = await startListener(
      { port: error.freePort },
      { logger: silentListenerLogger },
    ).catch(() => undefined);
    // Another program may take the port between the advice and the bind; that is no bug of ours.
    if (listener === undefined) return;
    expect(listener.grpc.port).toBe(error.freePort);
    await listener.close();
  });
});
