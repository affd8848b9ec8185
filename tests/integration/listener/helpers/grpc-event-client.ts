import { credentials, makeClientConstructor, Metadata } from '@grpc/grpc-js';
import type { ChannelCredentials, Client, ServiceError } from '@grpc/grpc-js';
import { CALLBACK_METHOD, findProtoFile, loadCallbackService } from '../../../../electron/listener';

/** The listener's acknowledgement. */
export interface CallbackReply {
  event_sid?: string;
  duplicate?: boolean;
}

/** A real @grpc/grpc-js client for `TriggerCallbackEvent`, as the platform would call it. */
export interface GrpcEventClient {
  send(event: Record<string, unknown>): Promise<CallbackReply>;
  /** Sends bytes as they are, to test what the listener does with a message that is not one. */
  sendBytes(bytes: Buffer): Promise<CallbackReply>;
  close(): void;
}

/** Connects to `address` (`host:port`), in the clear unless `channel` says otherwise. */
export function grpcEventClient(
  address: string,
  channel: ChannelCredentials = credentials.createInsecure(),
): GrpcEventClient {
  const service = loadCallbackService(findProtoFile());
  const Constructor = makeClientConstructor(service.definition, service.name);
  const client: Client = new Constructor(address, channel);
  const method = service.definition[CALLBACK_METHOD];
  if (method === undefined) throw new Error(`${service.name} has no ${CALLBACK_METHOD}`);
  const call = <T>(serialize: (value: T) => Buffer, value: T) =>
    new Promise<CallbackReply>((resolve, reject) => {
      client.makeUnaryRequest(
        method.path,
        serialize,
        (bytes: Buffer) => method.responseDeserialize(bytes) as CallbackReply,
        value,
        new Metadata(),
        { deadline: Date.now() + 5_000 },
        (error: ServiceError | null, reply?: CallbackReply) => {
          if (error) {
            reject(error);
            return;
          }
          resolve(reply ?? {});
        },
      );
    });
  return {
    send: (event) => call(method.requestSerialize, event),
    sendBytes: (bytes) => call((value: Buffer) => value, bytes),
    close: () => client.close(),
  };
}
