import { credentials, makeClientConstructor, Metadata, status } from '@grpc/grpc-js';
import type { Client, ServiceError } from '@grpc/grpc-js';
import { CALLBACK_METHOD, findProtoFile, loadCallbackService } from '../../listener/event-proto';
import type { WireEvent } from '../platform/wire-event';
import { DeliveryError } from './delivery-error';

/** Statuses that say the event itself was refused: sending it again would not help. */
const PERMANENT: ReadonlySet<number> = new Set([
  status.INVALID_ARGUMENT,
  status.NOT_FOUND,
  status.ALREADY_EXISTS,
  status.PERMISSION_DENIED,
  status.FAILED_PRECONDITION,
  status.OUT_OF_RANGE,
  status.UNIMPLEMENTED,
  status.UNAUTHENTICATED,
]);

/** How long one attempt may take, in real ms. */
const DEADLINE_MS = 5_000;

/**
 * Delivers events as the platform does: a unary `TriggerCallbackEvent` per event, encoded with the
 * listener's own `proto/legflow_events.proto`, one client (one HTTP/2 connection) per address.
 */
export class GrpcSender {
  private readonly clients = new Map<string, Client>();
  private readonly service;
  private readonly method;

  constructor(protoFile?: string) {
    this.service = loadCallbackService(findProtoFile(protoFile));
    const method = this.service.definition[CALLBACK_METHOD];
    if (!method) throw new Error(`${this.service.name} has no ${CALLBACK_METHOD} method.`);
    this.method = method;
  }

  /**
   * Sends one event to `address` (`host:port`, from `grpc://host:port`), over TLS when `tls`
   * (see event-endpoint.ts). Resolves on the
   * receiver's OK; rejects with a {@link DeliveryError}.
   */
  send(address: string, tls: boolean, event: WireEvent): Promise<void> {
    const client = this.clientFor(address, tls);
    const { path, requestSerialize, responseDeserialize } = this.method;
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        path,
        requestSerialize,
        responseDeserialize,
        event,
        new Metadata(),
        { deadline: Date.now() + DEADLINE_MS },
        (error: ServiceError | null) => {
          if (error) {
            const permanent = PERMANENT.has(error.code);
            reject(new DeliveryError(`gRPC ${status[error.code]}: ${error.details}`, permanent));
            return;
          }
          resolve();
        },
      );
    });
  }

  /** Closes every connection. */
  close(): void {
    for (const client of this.clients.values()) client.close();
    this.clients.clear();
  }

  private clientFor(address: string, tls: boolean): Client {
    const key = `${tls ? 'tls' : 'plain'} ${address}`;
    let client = this.clients.get(key);
    if (!client) {
      const Constructor = makeClientConstructor(this.service.definition, this.service.name);
      const channel = tls ? credentials.createSsl() : credentials.createInsecure();
      client = new Constructor(address, channel);
      this.clients.set(key, client);
    }
    return client;
  }
}
