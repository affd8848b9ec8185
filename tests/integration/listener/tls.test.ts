import { credentials, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { grpcEventClient } from './helpers/grpc-event-client';
import type { GrpcEventClient } from './helpers/grpc-event-client';
import { legEvent } from './helpers/sample-events';
import { startTestListener } from './helpers/test-listener';
import type { TestListener } from './helpers/test-listener';
import { waitFor } from './helpers/wait-for';

const certFile = fileURLToPath(new URL('../../fixtures/tls/localhost-cert.pem', import.meta.url));
const keyFile = fileURLToPath(new URL('../../fixtures/tls/localhost-key.pem', import.meta.url));
const cert = readFileSync(certFile);
const key = readFileSync(keyFile);

let t: TestListener | undefined;
const clients: GrpcEventClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await t?.close();
  t = undefined;
});

function client(channel: Parameters<typeof grpcEventClient>[1]): GrpcEventClient {
  if (t === undefined) throw new Error('start the listener first');
  const created = grpcEventClient(`127.0.0.1:${t.listener.grpc.port}`, channel);
  clients.push(created);
  return created;
}

const failureOf = (send: Promise<unknown>) =>
  send.then(
    () => undefined,
    (error: ServiceError) => error,
  );

describe('TLS', () => {
  it('accepts events over TLS, and refuses a client that speaks in the clear', async () => {
    t = await startTestListener({ tls: { certFile, keyFile } });
    const event = legEvent('LEG-TLS', 'leg_ringing', 0);
    await client(credentials.createSsl(cert)).send(event);
    await waitFor('the event', () => t?.sids().includes(event.event_sid as string) ?? false);

    const error = await failureOf(
      client(credentials.createInsecure()).send(legEvent('LEG-TLS', 'leg_answered', 10)),
    );
    expect(error?.code).toBe(status.UNAVAILABLE);

    const after = legEvent('LEG-TLS', 'leg_terminated', 20);
    await client(credentials.createSsl(cert)).send(after);
    await waitFor('the later event', () => t?.sids().includes(after.event_sid as string) ?? false);
  });

  it('with a client CA, requires a client certificate it signed (mutual TLS)', async () => {
    t = await startTestListener({ tls: { certFile, keyFile, clientCaFile: certFile } });
    const event = legEvent('LEG-MTLS', 'leg_ringing', 0);
    await client(credentials.createSsl(cert, key, cert)).send(event);
    await waitFor('the event', () => t?.sids().includes(event.event_sid as string) ?? false);

    const error = await failureOf(
      client(credentials.createSsl(cert)).send(legEvent('LEG-MTLS', 'leg_answered', 10)),
    );
    expect(error?.code).toBe(status.UNAVAILABLE);
  });

  it('names the setting whose file cannot be read', async () => {
    const missing = `${certFile}.missing`;
    await expect(startTestListener({ tls: { certFile: missing, keyFile } })).rejects.toThrow(
      `Cannot read the listener's TLS certificate file ${missing}`,
    );
  });
});
