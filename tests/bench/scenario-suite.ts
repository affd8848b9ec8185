/**
 * Every example scenario × 20 (issue #13): for each example flow, what
 * `legflow run FLOW --scenario … --repeat 20 --concurrency 20` does, on instant clocks (a
 * simulated session per lane). Timed twice: in this process through the command's own code, so
 * Node's start-up is not counted, and as the five real commands, one after another. Prints the
 * runs, whether all passed and both wall times against the 3 s target; exits 1 only if a run
 * failed. Timings are printed, never asserted.
 *
 *   npx vite-node tests/bench/scenario-suite.ts [-- REPEAT CONCURRENCY]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { runCommand } from '../../electron/cli/run/run-command';

const [repeat = 20, concurrency = 20] = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
const TARGET_SECONDS = 3;
const EXAMPLES = 'assets/examples';
const SCENARIOS = join(EXAMPLES, 'scenarios');

interface SuiteFlow {
  flow: string;
  scenarios: string[];
}

/** assets/examples/scenarios/<flow>/*.scenario.json, each folder named after its flow file. */
function exampleSuite(): SuiteFlow[] {
  return readdirSync(SCENARIOS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      flow: join(EXAMPLES, `${name}.legflow.json`),
      scenarios: readdirSync(join(SCENARIOS, name))
        .filter((file) => file.endsWith('.scenario.json'))
        .sort()
        .map((file) => join(SCENARIOS, name, file)),
    }));
}

/** The arguments of `legflow run` for one flow's share of the suite. */
function runArgs({ flow, scenarios }: SuiteFlow): string[] {
  return [
    flow,
    ...scenarios.flatMap((scenario) => ['--scenario', scenario]),
    '--repeat',
    String(repeat),
    '--concurrency',
    String(concurrency),
  ];
}

/** Counts the PASS and FAIL lines the command prints, one per run. */
function tally(lines: readonly string[]): { passed: number; failed: number } {
  return {
    passed: lines.filter((line) => line.startsWith('PASS ')).length,
    failed: lines.filter((line) => line.startsWith('FAIL ')).length,
  };
}

function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The CLI to time: bin/legflow.js when its bundle (dist/cli.js) is newer than the sources, else
 * the sources bundled now as scripts/build-node.mjs does, into node_modules/.cache, so the figure
 * is of the code as it is without touching dist/.
 */
async function cliEntry(): Promise<{ entry: string; note: string }> {
  const bundle = 'dist/cli.js';
  const sources = Math.max(newestSourceMs('electron'), newestSourceMs('shared'));
  let built = 0;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    // Not built: bundle below.
  }
  if (built >= sources) return { entry: 'bin/legflow.js', note: 'bin/legflow.js' };
  const dir = 'node_modules/.cache/legflow-bench';
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'cli.js');
  await build({
    entryPoints: ['electron/cli/legflow.ts'],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return { entry, note: `${entry} (dist/cli.js is older than the sources: bundled them now)` };
}

const suite = exampleSuite();
const scenarioCount = suite.reduce((sum, flow) => sum + flow.scenarios.length, 0);
const total = scenarioCount * repeat;
console.log(
  `${scenarioCount} example scenarios of ${suite.length} flows × ${repeat}, ${concurrency} at a time, instant clocks:`,
);

/** One flow's share: its runs' tally, the command's exit code and its wall seconds. */
interface Share {
  passed: number;
  failed: number;
  exit: number;
  seconds: number;
}

/** In this process: the command's own code, with a collector for its output. */
async function inProcess(flow: SuiteFlow): Promise<Share> {
  const lines: string[] = [];
  const began = performance.now();
  const exit = await runCommand(runArgs(flow), (line) => lines.push(line));
  const seconds = (performance.now() - began) / 1000;
  const counted = tally(lines);
  if (counted.failed > 0) {
    for (const line of lines.filter((l) => !l.startsWith('PASS '))) console.log(`    ${line}`);
  }
  return { ...counted, exit, seconds };
}

/** As the real command: a Node process of its own, start-up included. */
function viaCli(entry: string, flow: SuiteFlow): Share {
  const began = performance.now();
  const result = spawnSync(process.execPath, [entry, 'run', ...runArgs(flow)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - began) / 1000;
  if (result.status !== 0) process.stderr.write(result.stderr);
  return { ...tally(result.stdout.split('\n')), exit: result.status ?? 1, seconds };
}

function sum(shares: readonly Share[]): Share {
  return shares.reduce((a, b) => ({
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    exit: Math.max(a.exit, b.exit),
    seconds: a.seconds + b.seconds,
  }));
}

const inProcessShares: Share[] = [];
for (const flow of suite) inProcessShares.push(await inProcess(flow));
const cli = await cliEntry();
const cliShares = suite.map((flow) => viaCli(cli.entry, flow));

for (const [i, flow] of suite.entries()) {
  console.log(
    `  ${basename(flow.flow).padEnd(36)} ${String(flow.scenarios.length).padStart(2)} scenarios × ${repeat}: ${inProcessShares[i]!.seconds.toFixed(2)} s in process, ${cliShares[i]!.seconds.toFixed(2)} s via the CLI`,
  );
}
const inProcessTotal = sum(inProcessShares);
const cliTotal = sum(cliShares);
const allPassed = (share: Share) => share.passed === total && share.exit === 0;
const verdict = (share: Share) =>
  `${share.passed} passed, ${share.failed} failed${allPassed(share) ? ' (all passed)' : '  (NOT ALL)'}; ` +
  `${share.seconds.toFixed(2)} s wall, ${share.seconds <= TARGET_SECONDS ? 'within' : 'over'} the ${TARGET_SECONDS} s target` +
  ` (${(total / share.seconds).toFixed(0)} runs/s)`;
console.log(`  total runs                 ${total}`);
console.log(`  in process                 ${verdict(inProcessTotal)}`);
console.log(`  via the CLI, summed        ${verdict(cliTotal)}`);
console.log(
  `  CLI timed                  node ${cli.note} run FLOW --scenario … --repeat ${repeat} --concurrency ${concurrency}`,
);
process.exit(allPassed(inProcessTotal) && allPassed(cliTotal) ? 0 : 1);
