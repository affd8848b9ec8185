import { status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { legEvent } from './helpers/sample-events';
import { startTestListener } from './helpers/test-listener';

describe('closing the listener', () => {
  it('delivers every acknowledged event, frees its ports, and may be called twice', async () => {
    // A window far longer than the test: only close() can release the held events.
    const t = await startTestListener({ reorderWindowMs: 5_000, http: { port: 0 } });
    const { port } = t.listener.grpc;
    const httpPort = t.listener.http?.port ?? 0;
    const events = [legEvent('LEG-S1', 'leg_answered', 100), legEvent('LEG-S1', 'leg_ringing', 0)];
    for (const event of events) await t.client.send(event);
    expect(t.received).toEqual([]);

    await Promise.all([t.listener.close(), t.listener.close()]);
    expect(t.received.map(({ event }) => event.event_name)).toEqual([
      'leg_ringing',
      'leg_answered',
    ]);

    const error = await t.client.send(legEvent('LEG-S1', 'leg_terminated', 200)).then(
      () => undefined,
      (reason: ServiceError) => reason,
    );
    expect(error?.code).toBe(status.UNAVAILABLE);
    t.client.close();

    for (const freed of [port, httpPort]) {
      const probe = createServer();
      await new Promise<void>((resolve, reject) => {
        probe.once('error', reject);
        probe.listen({ host: '127.0.0.1', port: freed }, resolve);
      });
      await new Promise((resolve) => probe.close(resolve));
    }
  });

  it('does not wait for a client that keeps its connection open', async () => {
    const t = await startTestListener({ shutdownTimeoutMs: 200, http: { port: 0 } });
    await t.client.send(legEvent('LEG-S2', 'leg_ringing', 0));
    // A keep-alive HTTP connection left open, as an idle platform would leave it.
    await fetch(t.listener.http?.url ?? '', { method: 'POST', body: '{}' });
    await t.listener.close();
    t.client.close();
  });
});
