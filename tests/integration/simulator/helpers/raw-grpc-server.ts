import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { CALLBACK_METHOD, findProtoFile, loadCallbackService } from '../../../../electron/listener';

/** One delivery as it arrived, before any de-duplication or ordering. */
export interface RawDelivery {
  event: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- decoded wire message
}

/**
 * A bare `TriggerCallbackEvent` server on the listener's own .proto: it records every call as it
 * comes, so tests see duplicates and order exactly as the simulator sent them. `answer` picks the
 * status of each call (OK by default).
 */
export async function startRawGrpcServer(
  answer: (event: Record<string, unknown>, index: number) => status = () => status.OK,
) {
  const { definition } = loadCallbackService(findProtoFile());
  const deliveries: RawDelivery[] = [];
  let calls = 0;
  const server = new Server();
  server.addService(definition, {
    [CALLBACK_METHOD]: (
      call: ServerUnaryCall<Record<string, unknown>, unknown>,
      callback: sendUnaryData<unknown>,
    ) => {
      const code = answer(call.request, calls++);
      if (code !== status.OK) {
        callback({ code, details: 'refused by the test' });
        return;
      }
      deliveries.push({ event: call.request });
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
  return {
    endpoint: `grpc://127.0.0.1:${port}`,
    deliveries,
    /** How many calls came in, refused ones included. */
    calls: () => calls,
    /** The names of the events of one leg, in arrival order. */
    namesOf: (legSid: string) =>
      deliveries
        .filter(
          (delivery) =>
            (delivery.event.data?.leg_sid ?? delivery.event.event_data?.data?.leg_sid) === legSid,
        )
        .map((delivery) => String(delivery.event.event_name)),
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
