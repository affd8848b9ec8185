// The runner under load (issue #5): 1,000 runs of the IVR menu, 200 at a time, on the simulator
// at --speed 50. The simulator runs in its own process (`legflow sim`), so the CPU time measured
// here is the runner's own, with the listener and API client it needs. Prints runs per second,
// CPU per step, peak memory, and how many runs took the expected path.
// Run: npx vite-node tests/bench/runner-load.ts [-- RUNS CONCURRENCY]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadFlow } from '../../shared/flow';
import { createLegsApiClient } from '../../electron/legs-api';
import { silentListenerLogger, startListener } from '../../electron/listener';
import { IncomingCalls, Runner, scaledClock } from '../../electron/runner';

const [runs = 1000, concurrency = 200] = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const SPEED = 50;
const CALLER = '09876500100'; // given a persona below: presses 1 at the menu, never hangs up first
const EXOPHONE = '08030752400';
const EXPECTED = ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'].join(',');

const sim = spawn(process.execPath, [
  'bin/legflow.js',
  'sim',
  '--port',
  '0',
  '--speed',
  String(SPEED),
  '--rate-limit',
  '0',
]);
const first = await new Promise<string>((resolve) =>
  sim.stdout.once('data', (chunk) => resolve(String(chunk))),
);
const [, baseUrl, sid, key, token] = /at (\S+) {2}account (\S+) {2}key (\S+) {2}token (\S+)/.exec(
  first,
)!;

const flow = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));
const listener = await startListener(
  { port: 0, reorderWindowMs: 5 },
  { logger: silentListenerLogger },
);
const api = createLegsApiClient({
  baseUrl: baseUrl!,
  accountSid: sid!,
  apiKey: key!,
  apiToken: token!,
  maxInFlight: 64,
});
const eventEndpoint = `grpc://${listener.grpc.address}`;
const incoming = new IncomingCalls(listener);
const runner = new Runner({
  api,
  events: listener,
  eventEndpoint,
  clock: scaledClock(SPEED),
  incoming,
});
const control = (path: string, method: string, body: unknown) =>
  fetch(`${baseUrl}/_sim/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
await control(`exophones/${EXOPHONE}`, 'PUT', { endpoint: eventEndpoint });
await control(`phonebook/${CALLER}`, 'PUT', { persona: { behaviour: 'answer', digits: ['2'] } });

let steps = 0;
let onPath = 0;
let peakRss = 0;
const memory = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const cpuBefore = process.cpuUsage();
const started = performance.now();
let next = 0;
async function worker(): Promise<void> {
  while (next < runs) {
    next++;
    const run = runner.create({ flow });
    run.onUpdate((update) => update.type === 'node-entered' && steps++);
    run.start();
    await control('calls', 'POST', { from: CALLER, exophone: EXOPHONE });
    const result = await run.finished;
    if (result.status === 'completed' && result.path.join(',') === EXPECTED) onPath++;
    else if (process.env.BENCH_DEBUG)
      console.log(result.status, result.path.join(','), result.reason);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(memory);

console.log(
  `${runs} runs of the IVR menu, ${concurrency} at a time, simulator at --speed ${SPEED}:`,
);
console.log(
  `  completed on the expected path  ${onPath} of ${runs}${onPath === runs ? '' : '  (NOT ALL)'}`,
);
console.log(
  `  runs per second                 ${(runs / seconds).toFixed(1)} (${seconds.toFixed(1)} s wall)`,
);
console.log(
  `  runner CPU per step             ${((cpu.user + cpu.system) / steps / 1000).toFixed(3)} ms (${steps} steps; includes listener and API client)`,
);
console.log(`  peak memory (RSS)               ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
incoming.close();
await api.close();
await listener.close();
sim.kill('SIGINT');
process.exit(onPath === runs ? 0 : 1);
