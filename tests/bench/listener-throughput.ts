/**
 * How many events a second the listener accepts, next to a bare @grpc/grpc-js server with an
 * empty handler on the same .proto, with the sender in another process. Run it with
 *
 *   npx vite-node tests/bench/listener-throughput.ts [count] [concurrency]
 *
 * It prints both rates, their ratio (the target is at least 0.8) and how many acknowledged
 * events never reached the subscriber (must be 0). A figure, not a test: it never fails.
 */
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { build } from 'esbuild';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CALLBACK_METHOD,
  findProtoFile,
  loadCallbackService,
  silentListenerLogger,
  startListener,
} from '../../electron/listener';
import type { SendOrder, SendReport } from './listener-sender';

const count = Number(process.argv[2] ?? 30_000);
const concurrency = Number(process.argv[3] ?? 64);
const rounds = 3;
const protoFile = findProtoFile();
const senderFile = fileURLToPath(
  new URL('../../node_modules/.cache/legflow-bench/listener-sender.mjs', import.meta.url),
);

interface Target {
  address: string;
  /** Events handled so far: called by the bare handler, delivered to our subscriber. */
  handled(): number;
  close(): Promise<void>;
}

async function bareServer(): Promise<Target> {
  let handled = 0;
  const server = new Server();
  server.addService(loadCallbackService(protoFile).definition, {
    [CALLBACK_METHOD]: (_call: unknown, callback: (error: null, reply: object) => void) => {
      handled++;
      callback(null, {});
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => {
      if (error) {
        reject(error);
        return;
      }
      resolve(bound);
    }),
  );
  return {
    address: `127.0.0.1:${port}`,
    handled: () => handled,
    close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
}

async function ourListener(): Promise<Target> {
  let delivered = 0;
  const listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
  listener.subscribe('all', () => {
    delivered++;
  });
  return {
    address: listener.grpc.address,
    handled: () => delivered,
    close: () => listener.close(),
  };
}

function runSender(order: SendOrder): Promise<SendReport> {
  return new Promise((resolve, reject) => {
    const child = fork(senderFile, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (report) => resolve(report as SendReport));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the sender exited with ${code}`));
    });
    child.send(order);
  });
}

/** One measurement: events per second, and acknowledged events that were not handled. */
async function measure(start: () => Promise<Target>, tag: string) {
  const target = await start();
  const cpuBefore = process.cpuUsage();
  const warmup = Math.min(5_000, count);
  const report = await runSender({
    address: target.address,
    protoFile,
    tag,
    warmup,
    count,
    concurrency,
    legs: 200,
  });
  // The listener holds each event for its reorder window; give it time to deliver them all.
  const expected = warmup + report.acked;
  const deadline = Date.now() + 5_000;
  while (target.handled() < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const handled = target.handled();
  const cpu = process.cpuUsage(cpuBefore);
  await target.close();
  if (report.failed > 0) console.warn(`${tag}: ${report.failed} failed: ${report.firstError}`);
  return {
    rate: (report.acked / report.elapsedMs) * 1000,
    lost: warmup + report.sent - handled,
    // The server's own cost, which the rate hides when the sender is the bottleneck.
    cpuUsPerEvent: (cpu.user + cpu.system) / (warmup + report.acked),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

await build({
  entryPoints: [fileURLToPath(new URL('listener-sender.ts', import.meta.url))],
  outfile: senderFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const bare: number[] = [];
const ours: number[] = [];
const bareCpu: number[] = [];
const ourCpu: number[] = [];
let lost = 0;
for (let round = 0; round < rounds; round++) {
  const a = await measure(bareServer, `bare${round}`);
  const b = await measure(ourListener, `ours${round}`);
  bare.push(a.rate);
  ours.push(b.rate);
  bareCpu.push(a.cpuUsPerEvent);
  ourCpu.push(b.cpuUsPerEvent);
  lost += a.lost + b.lost;
  console.log(
    `round ${round + 1}: bare ${a.rate.toFixed(0)}/s, ${a.cpuUsPerEvent.toFixed(0)} µs CPU/event, ` +
      `lost ${a.lost}; listener ${b.rate.toFixed(0)}/s, ${b.cpuUsPerEvent.toFixed(0)} µs CPU/event, ` +
      `lost ${b.lost}`,
  );
}
const ratio = median(ours) / median(bare);
console.log(
  `\n${count} events, ${concurrency} in flight, median of ${rounds} rounds:\n` +
    `  bare @grpc/grpc-js server  ${median(bare).toFixed(0)} events/s\n` +
    `  Legflow listener           ${median(ours).toFixed(0)} events/s\n` +
    `  ratio                      ${ratio.toFixed(2)} (target >= 0.80)\n` +
    `  server CPU per event       bare ${median(bareCpu).toFixed(0)} µs, ` +
    `listener ${median(ourCpu).toFixed(0)} µs\n` +
    `  events lost                ${lost} (must be 0)`,
);
