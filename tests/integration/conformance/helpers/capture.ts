import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { CALLBACK_METHOD, findProtoFile, loadCallbackService } from '../../../../electron/listener';
import { waitFor } from '../../listener/helpers/wait-for';

/** An event as it came off the wire; tests poke at any field. */
export type CapturedEvent = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- events as sent

/** One event as a capturing endpoint received it: the decoded body, and the HTTP headers. */
export interface Captured {
  event: CapturedEvent;
  headers: Record<string, string | string[] | undefined>;
}

/** A capturing event endpoint: records every delivery as it came, duplicates and retries too. */
export interface CaptureEndpoint {
  endpoint: string;
  received: Captured[];
  /** The events of one leg (by `data.leg_sid`, where seed 001 puts it), in arrival order. */
  ofLeg(legSid: string): Captured['event'][];
  /** The first event of `legSid` named `name`; throws when there is none. */
  one(legSid: string, name: string): Captured['event'];
  /**
   * Waits until `legSid` has had `count` events named `name`: events that follow an API request
   * (not a timer) are delivered after its reply, and a clock move does not wait for them.
   */
  arrived(legSid: string, name: string, count?: number): Promise<void>;
  close(): Promise<void>;
}

function withLookups(
  endpoint: string,
  received: Captured[],
  close: () => Promise<void>,
): CaptureEndpoint {
  const ofLeg = (legSid: string) =>
    received.filter(({ event }) => event.data?.leg_sid === legSid).map(({ event }) => event);
  return {
    endpoint,
    received,
    ofLeg,
    one(legSid, name) {
      const found = ofLeg(legSid).find((event) => event.event_name === name);
      if (!found) {
        const names = ofLeg(legSid).map((event) => event.event_name);
        throw new Error(`No ${name} for ${legSid}; got ${names.join(', ') || 'nothing'}`);
      }
      return found;
    },
    arrived: (legSid, name, count = 1) =>
      waitFor(
        `${count} × ${name} of ${legSid}`,
        () => ofLeg(legSid).filter((event) => event.event_name === name).length >= count,
      ),
    close,
  };
}

/** A bare gRPC `TriggerCallbackEvent` server on the app's .proto, decoding as the listener does. */
export async function captureGrpc(): Promise<CaptureEndpoint> {
  const { definition } = loadCallbackService(findProtoFile());
  const received: Captured[] = [];
  const server = new Server();
  server.addService(definition, {
    [CALLBACK_METHOD]: (
      call: ServerUnaryCall<Record<string, unknown>, unknown>,
      callback: sendUnaryData<unknown>,
    ) => {
      received.push({ event: call.request, headers: {} });
      callback(null, { event_sid: call.request.event_sid, duplicate: false });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => {
      if (error) {
        reject(error);
        return;
      }
      resolve(bound);
    });
  });
  const close = () => new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  return withLookups(`grpc://127.0.0.1:${port}`, received, close);
}

/**
 * The HTTPS alternative's receiver (in the clear, on loopback): a JSON POST per event. `answer`
 * picks each request's status (200 by default), to make the simulator retry.
 */
export async function captureHttp(
  answer: (index: number) => number = () => 200,
): Promise<CaptureEndpoint & { statuses: number[] }> {
  const received: Captured[] = [];
  const statuses: number[] = [];
  let index = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += String(chunk)));
    request.on('end', () => {
      const status = answer(index++);
      statuses.push(status);
      received.push({ event: JSON.parse(body), headers: request.headers });
      response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { ...withLookups(`http://127.0.0.1:${port}/events`, received, close), statuses };
}
