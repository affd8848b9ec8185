import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import type {
  sendUnaryData,
  ServerUnaryCall,
  ServiceDefinition,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { CALLBACK_METHOD, loadCallbackService } from './event-proto';
import type { EventIntake, IntakeSource } from './event-intake';
import type { ListenerLogger } from './listener-logger';
import { explainBindError, LISTENER_PORT_ADVICE } from '../net/port-in-use';
import type { TlsMaterial } from './tls-files';
import { nestingProblem } from './nesting-limit';

/** Where and how the gRPC endpoint listens. */
export interface GrpcEndpointOptions {
  host: string;
  port: number;
  protoFile: string;
  tls?: TlsMaterial;
  shutdownTimeoutMs: number;
  logger: ListenerLogger;
}

/** A listening gRPC endpoint. */
export interface GrpcEndpoint {
  /** The port bound; differs from the one asked for when that was 0. */
  port: number;
  /** `host:port`, as a leg's `leg_event_endpoint` names it after `grpc://`. */
  address: string;
  /** Lets calls in progress finish, then stops; forces it after the shut-down time-out. */
  close(): Promise<void>;
}

interface CallbackReply {
  event_sid: string;
  duplicate: boolean;
}

const GRPC_SOURCE: IntakeSource = { via: 'grpc' };

/** Stands in for a request whose bytes did not decode, so the handler can answer it. */
class UndecodableRequest {
  constructor(readonly reason: string) {}
}

/** Serves `TriggerCallbackEvent`, handing each event to `intake` and answering at once. */
export async function startGrpcEndpoint(
  options: GrpcEndpointOptions,
  intake: EventIntake,
): Promise<GrpcEndpoint> {
  const { definition } = loadCallbackService(options.protoFile);
  const implementation: UntypedServiceImplementation = {
    [CALLBACK_METHOD]: (
      call: ServerUnaryCall<unknown, CallbackReply>,
      callback: sendUnaryData<CallbackReply>,
    ) => {
      const request = call.request;
      if (request instanceof UndecodableRequest) {
        options.logger.warn('Rejected an event that is not a valid message', {
          reason: request.reason,
        });
        callback({ code: status.INVALID_ARGUMENT, details: `Malformed event: ${request.reason}` });
        return;
      }
      // The bundled .proto has no recursive message, but a user's own .proto may (a Struct).
      const tooDeep = nestingProblem(request);
      if (tooDeep) {
        callback({ code: status.INVALID_ARGUMENT, details: tooDeep });
        return;
      }
      const outcome = intake.accept(request, GRPC_SOURCE);
      if (outcome.kind === 'invalid') {
        callback({ code: status.INVALID_ARGUMENT, details: outcome.message });
        return;
      }
      callback(null, { event_sid: outcome.eventSid, duplicate: outcome.kind === 'duplicate' });
    },
  };
  const server = new Server();
  server.addService(tolerantOf(definition), implementation);

  const address = formatAddress(options.host, options.port);
  let port: number;
  try {
    port = await bind(server, address, credentialsFor(options.tls));
  } catch (error) {
    server.forceShutdown();
    throw await explainBindError(asError(error), options.host, options.port, LISTENER_PORT_ADVICE);
  }
  let closing: Promise<void> | undefined;
  return {
    port,
    address: formatAddress(options.host, port),
    close: () => (closing ??= shutDown(server, options.shutdownTimeoutMs)),
  };
}

/**
 * The service with decoders that never throw. grpc-js answers an undecodable request with
 * INTERNAL, which reads as our fault; bytes that are not an event are the sender's, so the
 * handler answers INVALID_ARGUMENT instead.
 */
function tolerantOf(definition: ServiceDefinition): ServiceDefinition {
  const methods = Object.entries(definition).map(([name, method]) => {
    const requestDeserialize = (bytes: Buffer): unknown => {
      try {
        return method.requestDeserialize(bytes);
      } catch (error) {
        return new UndecodableRequest(asError(error).message);
      }
    };
    return [name, { ...method, requestDeserialize }];
  });
  return Object.fromEntries(methods) as ServiceDefinition;
}

function credentialsFor(tls: TlsMaterial | undefined): ServerCredentials {
  if (tls === undefined) return ServerCredentials.createInsecure();
  const pair = { private_key: tls.key, cert_chain: tls.cert };
  return ServerCredentials.createSsl(tls.clientCa ?? null, [pair], tls.clientCa !== undefined);
}

function bind(server: Server, address: string, credentials: ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, credentials, (error, port) => {
      if (error) {
        reject(error);
        return;
      }
      resolve(port);
    });
  });
}

function shutDown(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, timeoutMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

/** `host:port`, with an IPv6 host in brackets. */
export function formatAddress(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
