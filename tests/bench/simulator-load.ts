/**
 * The simulator under load (issue #4, "Speed"): 500 legs alive at once, each driven through a
 * ten-action flow by a plain HTTP client (the app's Legs API client) at --speed 20, their events
 * received by the app's real gRPC listener. Checks that every event arrives and no leg is stuck,
 * and prints the simulator's CPU time per event (its own process, via process.cpuUsage).
 *
 *   npx vite-node tests/bench/simulator-load.ts [-- LEGS SPEED]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createLegsApiClient } from '../../electron/legs-api';
import { silentListenerLogger, startListener } from '../../electron/listener';
import type { SimulatorStats } from '../../electron/simulator';
import { eventData } from '../../shared/events';
import { LegDriver, TEN_ACTIONS, EVENTS_PER_LEG } from './simulator-load-flow';

const [legsArg, speedArg] = process.argv.slice(2).filter((arg) => arg !== '--');
const LEGS = Number(legsArg ?? 500);
const SPEED = Number(speedArg ?? 20);

const viteNode = join(
  dirname(createRequire(import.meta.url).resolve('vite-node/package.json')),
  'vite-node.mjs',
);
const child = spawn(
  process.execPath,
  [
    viteNode,
    join(import.meta.dirname, 'simulator-load-server.ts'),
    '--',
    String(LEGS),
    String(SPEED),
  ],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const nextLine = async () => JSON.parse(String((await lines.next()).value)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ask = async (command: string) => {
  child.stdin.write(`${command}\n`);
  return nextLine();
};

const { baseUrl, account } = await nextLine();
const listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
const driver = new LegDriver();
listener.subscribe('all', (event) =>
  driver.receive(event.event_name, String(eventData(event).leg_sid)),
);
const client = createLegsApiClient({
  baseUrl,
  accountSid: account.sid,
  apiKey: account.key,
  apiToken: account.token,
  maxInFlight: 64,
});
const endpoint = `grpc://${listener.grpc.address}`;

const cpuBefore = (await ask('cpu')).cpu as NodeJS.CpuUsage;
const started = performance.now();

// Phase 1: every leg dialled and answered, so all of them are alive at once.
const legSids = await Promise.all(
  Array.from({ length: LEGS }, async (_, i) => {
    const { leg_sid } = await client.createLeg({
      contact_uri: `0987${String(i).padStart(7, '0')}`,
      exophone: '08030752400',
      leg_event_endpoint: endpoint,
    });
    await driver.waitFor(leg_sid, 'leg_answered');
    return leg_sid;
  }),
);
const alive = ((await ask('cpu')).stats as SimulatorStats).legs.live;

// Phase 2: the ten actions, one after the other on each leg, all legs at once.
await Promise.all(
  legSids.map(async (legSid) => {
    for (const [exoml, awaited] of TEN_ACTIONS) {
      await client.legAction(legSid, { exoml, action_custom_param: awaited });
      await driver.waitFor(legSid, awaited);
    }
  }),
);
const { cpu, stats } = (await ask('cpu')) as { cpu: NodeJS.CpuUsage; stats: SimulatorStats };
const wallMs = performance.now() - started;

const expected = LEGS * EVENTS_PER_LEG;
const cpuMs = (cpu.user - cpuBefore.user + cpu.system - cpuBefore.system) / 1000;
const stuck = stats.legs.live;
const report = {
  legs: LEGS,
  speed: SPEED,
  aliveAtOnce: alive,
  eventsExpected: expected,
  eventsReceived: driver.received,
  eventsDelivered: stats.delivery.delivered,
  deliveryFailures: stats.delivery.failed,
  legsStuck: stuck,
  wallSeconds: +(wallMs / 1000).toFixed(2),
  simulatorCpuMs: +cpuMs.toFixed(0),
  simulatorCpuMsPerEvent: +(cpuMs / stats.delivery.sent).toFixed(3),
  simulatorCpuMsPerLeg: +(cpuMs / LEGS).toFixed(2),
};
console.log(JSON.stringify(report, null, 2));

await client.close();
await listener.close();
child.stdin.write('close\n');
const ok =
  alive === LEGS && driver.received === expected && stats.delivery.failed === 0 && stuck === 0;
console.log(ok ? 'OK: every event delivered, no leg stuck.' : 'FAILED: see the figures above.');
process.exitCode = ok ? 0 : 1;
