import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import type { Options } from '@grpc/proto-loader';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findAppFile } from '../app-files/find-app-file';

/** The event-delivery .proto, under `proto/` at the root of the app. */
export const PROTO_FILE = 'legflow_events.proto';

/** The method the platform calls once per event (reference/legs-api.md, "How events are delivered"). */
export const CALLBACK_METHOD = 'TriggerCallbackEvent';

/**
 * How the .proto is turned into plain objects: field names as written (snake_case, as in the
 * JSON samples), 64-bit numbers as numbers (timestamps fit easily), absent fields left out
 * rather than filled with zeros, so the event schema sees what was really sent.
 */
export const PROTO_LOADER_OPTIONS: Options = {
  keepCase: true,
  longs: Number,
  defaults: false,
  oneofs: true,
};

/** The loaded event service: its definition and its full name, e.g. `exotel.legs.v1.CallbackService`. */
export interface CallbackService {
  name: string;
  definition: ServiceDefinition;
}

/**
 * Finds `proto/legflow_events.proto`: beside the app's files when running from sources or a
 * bundle in `dist/`, in the resources folder of a packaged app (see findAppFile). A .proto from
 * elsewhere is passed as `explicit`.
 */
export function findProtoFile(explicit?: string): string {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new Error(`The event .proto file ${explicit} does not exist.`);
    return resolve(explicit);
  }
  try {
    return findAppFile(join('proto', PROTO_FILE));
  } catch (error) {
    throw new Error(`${(error as Error).message} Give the listener its path.`);
  }
}

const loaded = new Map<string, CallbackService>();

/**
 * Loads the event service from a .proto file: whichever service has a `TriggerCallbackEvent`
 * method, so a .proto from Exotel support works whatever its package and service are called.
 */
export function loadCallbackService(protoFile: string): CallbackService {
  const cached = loaded.get(protoFile);
  if (cached) return cached;
  const packageDefinition = loadSync(protoFile, PROTO_LOADER_OPTIONS);
  for (const [name, definition] of Object.entries(packageDefinition)) {
    if (!(CALLBACK_METHOD in definition) || 'format' in definition) continue;
    const service = { name, definition: definition as unknown as ServiceDefinition };
    const method = service.definition[CALLBACK_METHOD];
    // The listener answers one event with one reply; a streaming method needs other code.
    if (method?.requestStream || method?.responseStream) {
      throw new Error(
        `${name}.${CALLBACK_METHOD} in ${protoFile} streams; the listener expects it unary.`,
      );
    }
    loaded.set(protoFile, service);
    return service;
  }
  throw new Error(`${protoFile} defines no service with a ${CALLBACK_METHOD} method.`);
}
