/**
 * The simulator half of `simulator-load.ts`, in its own process so that its CPU time is its own.
 * Prints one JSON line with where it listens; then answers `cpu` lines on stdin with its CPU time
 * and stats once all events so far are delivered, and `close` by shutting down.
 */
import { createInterface } from 'node:readline';
import { startSimulator } from '../../electron/simulator';
import type { Persona } from '../../electron/simulator';

const legs = Number(process.argv.at(-2));
const speed = Number(process.argv.at(-1));

/** The bench's parties: answer after 1 s, press 1 at the one Gather, never hang up themselves. */
const personas: Record<string, Persona> = {};
for (let i = 0; i < legs; i++) {
  personas[benchNumber(i)] = { behaviour: 'answer', answerAfter: 1, digits: ['1'] };
}

function benchNumber(i: number): string {
  return `0987${String(i).padStart(7, '0')}`;
}

const sim = await startSimulator({ speed, rateLimitPerMinute: 0, personas });
process.stdout.write(`${JSON.stringify({ baseUrl: sim.baseUrl, account: sim.account })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'cpu') {
    // Acknowledgements may trail the listener's own hand-over by a moment: wait for them.
    await sim.control.whenDelivered();
    const reply = { cpu: process.cpuUsage(), stats: sim.control.stats() };
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  } else if (line === 'close') {
    await sim.close();
    process.exit(0);
  }
}
