import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import type { Options } from '@grpc/proto-loader';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
 * Finds `proto/legflow_events.proto`. The same code runs from sources (vitest), from the CLI
 * bundle in `dist/` and from the Electron bundle in `dist/electron/`, so it walks up from this
 * module, then from the script being run, then from the working directory. A packaged app
 * whose files live elsewhere passes `explicit`.
 */
export function findProtoFile(explicit?: string): string {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new Error(`The event .proto file ${explicit} does not exist.`);
    return resolve(explicit);
  }
  // `__dirname` exists in the CommonJS bundle and under vitest, not in the ESM bundle.
  const moduleDir = typeof __dirname === 'string' ? __dirname : undefined;
  const scriptDir = process.argv[1] ? dirname(process.argv[1]) : undefined;
  const starts = [moduleDir, scriptDir, process.cwd()].filter((dir) => dir !== undefined);
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, 'proto', PROTO_FILE);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(
    `Cannot find proto/${PROTO_FILE} above ${starts.join(', ')}; give the listener its path.`,
  );
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
