// `npm run bench`: every benchmark in tests/bench/, one after another so they do not compete
// for the two cores. Each prints its own figures and ratios; none of them passes or fails a build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['vitest', 'bench', '--run', '--config', 'vitest.bench.config.ts'],
  ['vite-node', 'tests/bench/listener-throughput.ts'],
  ['vite-node', 'tests/bench/simulator-load.ts'],
  ['vite-node', 'tests/bench/runner-load.ts'],
  ['vite-node', 'tests/bench/loopback-floor.ts'],
  ['vite-node', 'tests/bench/scenario-suite.ts'],
  ['vite-node', 'tests/bench/canvas-speed.ts'],
  ['vite-node', 'tests/bench/layout-quality/layout-quality.ts'],
  // The glow-latency bench opens the built app (dist/renderer): build it from the code as it is.
  ['vite', 'build', '--logLevel', 'warn'],
  ['vite-node', 'tests/bench/glow-latency.ts'],
  // The same runs shown by a page that does nothing but mark a box: the floor under the above.
  ['vite-node', 'tests/bench/glow-latency-floor.ts'],
];

let failed = 0;
for (const [tool, ...args] of steps) {
  const script = args.find((arg) => arg.startsWith('tests/bench/'));
  if (script && !existsSync(script)) continue;
  process.stdout.write(`\n=== ${[tool, ...args].join(' ')}\n`);
  const result = spawnSync('npx', [tool, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
