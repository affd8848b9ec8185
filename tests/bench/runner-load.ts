/**
 * The runner under load (issue #13): the IVR menu's "caller picks sales" scenario, run the way
 * `legflow run --speed instant --concurrency 50` runs it (each of the 50 lanes its own simulated
 * session on a time-skipping clock, over real loopback HTTP and gRPC), then on one shared paced
 * session (`--speed 50`), then instant again with one session shared by all lanes. Prints correct
 * runs per second, CPU per step, peak memory and the instant/paced ratio; exits 1 only if a run
 * is off the expected path. Timings are printed, never asserted.
 *
 *   npx vite-node tests/bench/runner-load.ts [-- RUNS CONCURRENCY]
 */
import { readFileSync } from 'node:fs';
import { loadFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { passed } from '../../electron/cli/run/junit-report';
import { loadScenario } from '../../electron/scenario/load-scenario';
import { runScenario } from '../../electron/scenario/run-scenario';
import type { RunTarget } from '../../electron/scenario/run-target';
import type { Scenario } from '../../electron/scenario/scenario-schema';
import { simTarget } from '../../electron/session/sim-target';
import type { ClockPace } from '../../electron/simulator/clock/sim-clock';

const [runs = 1000, concurrency = 50] = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
const PACED_SPEED = 50;
/** Paced runs take real time (a run is tens of platform seconds): fewer of them say as much. */
const PACED_RUNS = Math.min(runs, 200);
const SEED = 1;
const FLOW_FILE = 'assets/examples/ivr-menu.legflow.json';
const SCENARIO_FILE = 'assets/examples/scenarios/ivr-menu/sales.scenario.json';
/** The caller presses 2 at the menu: the scenario's own expected path, checked again here. */
const EXPECTED = ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'].join(',');

interface Figures {
  label: string;
  runs: number;
  correct: number;
  steps: number;
  wallSeconds: number;
  openSeconds: number;
  cpuMs: number;
  peakRssBytes: number;
}

/** Tracks the highest resident set size while a phase runs (ru_maxrss never goes down). */
function rssSampler(): () => number {
  // memoryUsage.rss() alone: the full memoryUsage() walks the heap and showed up in profiles.
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  timer.unref();
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

/**
 * Runs the scenario `count` times, `concurrency` at a time, on `lanes` targets (lane i gets the
 * seed SEED + i, as `legflow run` gives them), and measures the runs alone; opening and closing
 * the sessions is timed apart.
 */
async function measure(
  label: string,
  flow: FlowDocument,
  scenario: Scenario,
  options: { speed: ClockPace; lanes: number; count: number; rateLimitPerMinute?: number },
): Promise<Figures> {
  const opening = performance.now();
  const targets: RunTarget[] = await Promise.all(
    Array.from({ length: options.lanes }, (_, lane) =>
      simTarget({
        speed: options.speed,
        seed: SEED + lane,
        ...(options.rateLimitPerMinute !== undefined
          ? { rateLimitPerMinute: options.rateLimitPerMinute }
          : {}),
      }),
    ),
  );
  for (const target of targets) target.useParties(scenario.parties);
  const openSeconds = (performance.now() - opening) / 1000;

  let steps = 0;
  let correct = 0;
  let next = 0;
  const worker = async (target: RunTarget) => {
    while (next < options.count) {
      next++;
      const outcome = await runScenario(target, flow, scenario, (update) => {
        if (update.type === 'node-entered') steps++;
      });
      if (passed(outcome) && outcome.result.path.join(',') === EXPECTED) correct++;
      else if (process.env.BENCH_DEBUG) {
        console.log(outcome.result.status, outcome.result.path.join(','), outcome.failures);
      }
    }
  };
  const peakRss = rssSampler();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, options.count) }, (_, i) =>
      worker(targets[i % targets.length]!),
    ),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssBytes = peakRss();
  await Promise.all(targets.map((target) => target.close()));
  return {
    label,
    runs: options.count,
    correct,
    steps,
    wallSeconds,
    openSeconds,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssBytes,
  };
}

const perSecond = (figures: Figures) => figures.correct / figures.wallSeconds;

function report(figures: Figures): void {
  const all = figures.correct === figures.runs;
  console.log(`  ${figures.label}:`);
  console.log(
    `    correct runs              ${figures.correct} of ${figures.runs}${all ? '' : '  (NOT ALL)'}`,
  );
  console.log(
    `    correct runs per second   ${perSecond(figures).toFixed(1)} (${figures.wallSeconds.toFixed(2)} s wall; sessions opened in ${figures.openSeconds.toFixed(2)} s, not counted)`,
  );
  console.log(
    `    CPU per step              ${(figures.cpuMs / figures.steps).toFixed(3)} ms (${figures.steps} steps; simulator, listener, API client and runner)`,
  );
  // All of the process's threads (GC and libuv too): at or over 100 % the run was bound by CPU;
  // well under, it was waiting (on a paced clock, or on a busy machine).
  console.log(
    `    process CPU               ${(figures.cpuMs / 1000).toFixed(1)} s, ${((100 * figures.cpuMs) / 1000 / figures.wallSeconds).toFixed(0)} % of the wall time`,
  );
  console.log(
    `    peak memory (RSS)         ${(figures.peakRssBytes / 1024 / 1024).toFixed(0)} MiB`,
  );
}

const flow = loadFlow(readFileSync(FLOW_FILE, 'utf8'));
const scenario = await loadScenario(SCENARIO_FILE);
if (scenario.expect.path?.join(',') !== EXPECTED) {
  throw new Error(`${SCENARIO_FILE} no longer expects the path ${EXPECTED}.`);
}

console.log(`The IVR menu, caller presses 2 ("${scenario.name}"), ${concurrency} at a time:`);
const instant = await measure(
  `instant, a session per lane (legflow run --speed instant --concurrency ${concurrency})`,
  flow,
  scenario,
  { speed: 'instant', lanes: concurrency, count: runs },
);
report(instant);
// One session is one account: its 100 requests a minute would queue 50 lanes' answers past
// the ring time, so the shared sessions run without a limit (`--rate-limit 0`), as this bench
// always has. Each lane's own session stays well under its limit with the default.
const shared = await measure(
  `instant, one session for all ${concurrency} lanes (--rate-limit 0)`,
  flow,
  scenario,
  { speed: 'instant', lanes: 1, count: runs, rateLimitPerMinute: 0 },
);
report(shared);
const paced = await measure(
  `paced at --speed ${PACED_SPEED}, one session (--rate-limit 0)`,
  flow,
  scenario,
  { speed: PACED_SPEED, lanes: 1, count: PACED_RUNS, rateLimitPerMinute: 0 },
);
report(paced);
console.log(
  `  instant / paced runs per second  ${(perSecond(instant) / perSecond(paced)).toFixed(1)}×` +
    `  (one shared instant session: ${(perSecond(shared) / perSecond(paced)).toFixed(1)}×;` +
    ` a session per lane vs one shared: ${(perSecond(instant) / perSecond(shared)).toFixed(2)}×)`,
);

const everyRunCorrect = [instant, shared, paced].every((f) => f.correct === f.runs);
process.exit(everyRunCorrect ? 0 : 1);
