import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const examples = readdirSync('assets/examples')
  .filter((name) => name.endsWith('.legflow.json'))
  .map((name) => name.replace('.legflow.json', ''));

/** The scenarios of every example, run through `legflow run` itself, as CI would. */
describe.each(examples)('legflow run %s with its scenarios', (example) => {
  const folder = `assets/examples/scenarios/${example}`;
  const scenarios = readdirSync(folder).map((name) => join(folder, name));

  it('passes every scenario on the simulator', () => {
    const junit = join(mkdtempSync(join(tmpdir(), 'legflow-junit-')), 'report.xml');
    const args = ['bin/legflow.js', 'run', `assets/examples/${example}.legflow.json`];
    for (const scenario of scenarios) args.push('--scenario', scenario);
    const run = spawnSync(process.execPath, [...args, '--junit', junit], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`${scenarios.length} of ${scenarios.length} runs passed.`);
    expect(run.status).toBe(0);
    const report = readFileSync(junit, 'utf8');
    expect(report).toContain(
      `<testsuite name="${JSON.parse(readFileSync(`assets/examples/${example}.legflow.json`, 'utf8')).name}" tests="${scenarios.length}" failures="0"`,
    );
  });

  it('covers each connected output port of the flow', () => {
    const flow = JSON.parse(readFileSync(`assets/examples/${example}.legflow.json`, 'utf8'));
    const expectedPaths: string[][] = scenarios.map(
      (file) => JSON.parse(readFileSync(file, 'utf8')).expect.path,
    );
    const taken = new Set<string>();
    for (const path of expectedPaths) {
      for (let i = 0; i + 1 < path.length; i++) taken.add(`${path[i]}→${path[i + 1]}`);
    }
    // A hang-up handler is a jump from wherever the cursor was: covered when its target runs.
    const visited = new Set(expectedPaths.flat());
    const untested = (flow.edges as { from: string; port: string; to: string }[])
      .filter((edge) =>
        edge.port === 'hung-up' ? !visited.has(edge.to) : !taken.has(`${edge.from}→${edge.to}`),
      )
      .map((edge) => `${edge.from}:${edge.port}`);
    expect(untested).toEqual([]);
  });
});
