/**
 * The loopback floor: what the IVR menu run's 16 round trips (11 gRPC `TriggerCallbackEvent`
 * calls, 5 Legs API POSTs) cost with none of our code in them, client and server in one process,
 * as in runner-load.ts. gRPC: @grpc/grpc-js with the real .proto, one client channel as
 * GrpcSender has, a server that acks at once. HTTP: an undici Pool with the Legs API client's
 * default options, a bare node:http server that reads the JSON body and answers a 202 envelope.
 * Prints CPU (user + system, the whole process) and wall time per call, then the floor per run.
 * Timings are printed, never asserted.
 *
 *   npx vite-node tests/bench/loopback-floor.ts
 */
import {
  credentials,
  makeClientConstructor,
  Metadata,
  Server,
  ServerCredentials,
} from '@grpc/grpc-js';
import type {
  sendUnaryData,
  ServerUnaryCall,
  ServiceDefinition,
  ServiceError,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import {
  CALLBACK_METHOD,
  findProtoFile,
  PROTO_LOADER_OPTIONS,
} from '../../electron/listener/event-proto';
import { legEvent } from '../integration/listener/helpers/sample-events';

const CALLS = 20_000;
const WARMUP = 1_000;
const IN_FLIGHT = [1, 50] as const;
/** One IVR-menu run on the simulator (runner-load.ts): its events and its API requests. */
const GRPC_PER_RUN = 11;
const HTTP_PER_RUN = 5;
const TARGET_RUNS_PER_SECOND = 250;
/** The Legs API client's defaults (client-options.ts): maxInFlight 8 becomes the pool's connections. */
const POOL_CONNECTIONS = 8;
const TIMEOUT_MS = 10_000;
/** GrpcSender's deadline per call: grpc-js arms a timer for it, so the floor includes one. */
const GRPC_DEADLINE_MS = 5_000;

interface Figures {
  label: string;
  inFlight: number;
  cpuMicros: number;
  wallMs: number;
}

/** Runs `call` CALLS times, `inFlight` loops at once, after WARMUP untimed calls. */
async function measure(
  label: string,
  inFlight: number,
  call: () => Promise<void>,
): Promise<Figures> {
  const loops = async (count: number) => {
    let next = 0;
    const loop = async () => {
      while (next < count) {
        next++;
        await call();
      }
    };
    await Promise.all(Array.from({ length: inFlight }, loop));
  };
  await loops(WARMUP);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await loops(CALLS);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { label, inFlight, cpuMicros: cpu.user + cpu.system, wallMs };
}

const cpuPerCall = (figures: Figures) => figures.cpuMicros / CALLS;

function report(figures: Figures): void {
  const perSecond = CALLS / (figures.wallMs / 1000);
  const busy = (100 * figures.cpuMicros) / 1000 / figures.wallMs;
  console.log(
    `  ${figures.label.padEnd(5)} ${String(figures.inFlight).padStart(2)} in flight   ` +
      `${cpuPerCall(figures).toFixed(1).padStart(6)} µs CPU/call   ` +
      `${perSecond.toFixed(0).padStart(6)} calls/s   ` +
      `(${(figures.wallMs / 1000).toFixed(2)} s wall, CPU ${busy.toFixed(0)} % of it)`,
  );
}

// --- gRPC: the real .proto, loaded as event-proto.ts loads it, and no handler code of ours.

function grpcService(): { name: string; definition: ServiceDefinition } {
  const packageDefinition = loadSync(findProtoFile(), PROTO_LOADER_OPTIONS);
  for (const [name, definition] of Object.entries(packageDefinition)) {
    if (CALLBACK_METHOD in definition) {
      return { name, definition: definition as unknown as ServiceDefinition };
    }
  }
  throw new Error(`No service with ${CALLBACK_METHOD} in the .proto.`);
}

interface CallbackReply {
  event_sid: string;
  duplicate: boolean;
}

async function startGrpcServer(definition: ServiceDefinition): Promise<{
  address: string;
  close: () => Promise<void>;
}> {
  const server = new Server();
  server.addService(definition, {
    [CALLBACK_METHOD]: (
      call: ServerUnaryCall<{ event_sid: string }, CallbackReply>,
      callback: sendUnaryData<CallbackReply>,
    ) => callback(null, { event_sid: call.request.event_sid, duplicate: false }),
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
    address: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
}

/** A leg_answered event with every leg field the simulator's events carry (event-factory.ts). */
const EVENT = legEvent('1fa9b2c4d5e6f7a8b9c0d1e2f3a4b5c6', 'leg_answered', 2_340, {
  caller_id: '08030752400',
  date_created: '2023-06-05T12:08:45.214702529Z',
  date_updated: '2023-06-05T12:08:47.554702529Z',
  dc_code: '101',
  nso_code: '3f1c2a8e-5b7d-4e9a-9c0b-7d6e5f4a3b2c',
  start_time: '2023-06-05T12:08:47.554702529Z',
  state: 'connected',
  answered_by: 'HUMAN',
  custom_param: 'ivr-menu run 1',
});

async function grpcFigures(): Promise<Figures[]> {
  const { name, definition } = grpcService();
  const method = definition[CALLBACK_METHOD];
  if (!method) throw new Error(`${name} has no ${CALLBACK_METHOD}.`);
  const server = await startGrpcServer(definition);
  const Client = makeClientConstructor(definition, name);
  const client = new Client(server.address, credentials.createInsecure());
  const call = () =>
    new Promise<void>((resolve, reject) => {
      client.makeUnaryRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        EVENT,
        new Metadata(),
        { deadline: Date.now() + GRPC_DEADLINE_MS },
        (error: ServiceError | null) => {
          if (error) {
            reject(error);
            return;
          }
          resolve();
        },
      );
    });
  const figures: Figures[] = [];
  for (const inFlight of IN_FLIGHT) figures.push(await measure('gRPC', inFlight, call));
  client.close();
  await server.close();
  return figures;
}

// --- HTTP: an undici Pool as http-transport.ts opens it, a node:http server with no routing.

/** A create-leg 202 in the v2 envelope (envelope.ts), about 300 bytes. */
const REPLY_TEXT = JSON.stringify({
  request_id: '5d0c7b8a9e1f4a3b2c6d7e8f9a0b1c2d',
  method: 'POST',
  http_code: 202,
  response: {
    error_data: null,
    data: {
      leg_sid: '1fa9b2c4d5e6f7a8b9c0d1e2f3a4b5c6',
      state: 'created',
      direction: 'outbound',
      contact_uri: '07417712343',
      exophone: '08030752400',
      created_at: '2023-05-31 08:02:32.608752571 +0000 UTC',
      action_sid: '8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b',
    },
  },
});

/** The body of a Gather action, as the runner posts one to `.../legs/{leg_sid}/actions`. */
const REQUEST_TEXT = JSON.stringify({
  exoml:
    '<Flow><Gather numDigits="1" timeoutInSec="5" finishOnKey="#"><Say>Press 1 for support, 2 for sales.</Say></Gather></Flow>',
  action_custom_param: 'menu',
});

const REQUEST_HEADERS = {
  authorization: `Basic ${Buffer.from('bench-key:bench-token').toString('base64')}`,
  accept: 'application/json',
  'content-type': 'application/json',
};

async function startHttpServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(202, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(REPLY_TEXT),
      });
      response.end(REPLY_TEXT);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function httpFigures(): Promise<Figures[]> {
  const server = await startHttpServer();
  const pool = new Pool(server.origin, {
    connections: POOL_CONNECTIONS,
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  const path = '/v2/accounts/exotel60/legs/1fa9b2c4d5e6f7a8b9c0d1e2f3a4b5c6/actions';
  const call = async () => {
    const reply = await pool.request({
      method: 'POST',
      path,
      headers: REQUEST_HEADERS,
      body: REQUEST_TEXT,
    });
    const text = await reply.body.text();
    if (reply.statusCode !== 202 || text.length !== REPLY_TEXT.length) {
      throw new Error(`Unexpected reply ${reply.statusCode}: ${text}`);
    }
  };
  const figures: Figures[] = [];
  for (const inFlight of IN_FLIGHT) figures.push(await measure('HTTP', inFlight, call));
  await pool.close();
  await server.close();
  return figures;
}

console.log(
  `Loopback floor, one process, ${CALLS} calls each after ${WARMUP} to warm up ` +
    `(gRPC event ${Buffer.byteLength(JSON.stringify(EVENT))} B as JSON; ` +
    `HTTP ${REQUEST_TEXT.length} B up, ${REPLY_TEXT.length} B down, ${POOL_CONNECTIONS} connections):`,
);
const grpc = await grpcFigures();
grpc.forEach(report);
const http = await httpFigures();
http.forEach(report);

for (const inFlight of IN_FLIGHT) {
  const grpcCall = cpuPerCall(grpc.find((figures) => figures.inFlight === inFlight)!);
  const httpCall = cpuPerCall(http.find((figures) => figures.inFlight === inFlight)!);
  const runMs = (GRPC_PER_RUN * grpcCall + HTTP_PER_RUN * httpCall) / 1000;
  console.log(
    `  ${inFlight} in flight: floor per IVR run = ${GRPC_PER_RUN} gRPC + ${HTTP_PER_RUN} HTTP = ` +
      `${runMs.toFixed(2)} ms CPU → at most ${(1000 / runMs).toFixed(0)} runs/s on one thread ` +
      `(target ${TARGET_RUNS_PER_SECOND})`,
  );
}
