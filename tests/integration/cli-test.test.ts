import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function legflowTest(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/legflow.js', 'test', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const EXAMPLES = 'assets/examples';
const IVR = `${EXAMPLES}/ivr-menu.legflow.json`;
const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.legflow.json'));
const scratch = mkdtempSync(join(tmpdir(), 'legflow-cli-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('legflow test', () => {
  it.each(examples)('passes the tests kept with %s, covering every output', (name) => {
    const run = legflowTest(`${EXAMPLES}/${name}`);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('FAIL');
    expect(run.stdout).toMatch(/^Coverage: (\d+) of \1 outputs, 100% taken\.$/m);
    expect(run.code).toBe(0);
  });

  it('with no tests, names every untested output and exits 1', () => {
    const flow = join(scratch, 'ivr.legflow.json');
    copyFileSync(IVR, flow);
    const run = legflowTest(flow);
    expect(run.stdout).toContain(
      `No tests: ${join(scratch, 'ivr.legflow.tests.json')} holds none.`,
    );
    expect(run.stdout).toContain('Coverage: 0 of 14 outputs, 0% taken.');
    expect(run.stdout).toContain('\n  menu.2 → sales\n');
    expect(run.code).toBe(1);
  });

  it('with some tests removed, names what is untested, and --min-coverage fails it', () => {
    const flow = join(scratch, 'ivr-some.legflow.json');
    copyFileSync(IVR, flow);
    const tests = JSON.parse(readFileSync(`${EXAMPLES}/ivr-menu.legflow.tests.json`, 'utf8'));
    tests.scenarios = tests.scenarios.filter(
      (s: { name: string }) => !/sales|support/.test(s.name),
    );
    writeFileSync(join(scratch, 'ivr-some.legflow.tests.json'), JSON.stringify(tests));
    const run = legflowTest(flow);
    expect(run.stdout).toContain('4 of 4 tests passed.');
    expect(run.stdout).toContain('Coverage: 10 of 14 outputs, 71% taken.');
    expect(run.stdout).toMatch(/Untested outputs:\n {2}menu\.1 → support\n {2}menu\.2 → sales\n/);
    expect(run.stdout).toContain('Nodes no test reaches: sales, support');
    expect(run.code).toBe(0);
    const gated = legflowTest(flow, '--min-coverage', '80');
    expect(gated.stdout).toContain('Coverage 71% is under the minimum of 80%.');
    expect(gated.code).toBe(1);
  });

  it('prints the first difference of a failing test and exits 1', () => {
    const run = legflowTest(IVR, '--scenario', 'tests/fixtures/scenarios/wrong-path.scenario.json');
    expect(run.stdout).toContain('FAIL "wrong expectation"');
    expect(run.stdout).toContain('first difference at step 5: expected sales, got no-input');
    expect(run.code).toBe(1);
  });

  it('ends --json with the coverage, and --junit records every test', () => {
    const junit = join(scratch, 'report.xml');
    const run = legflowTest(
      IVR,
      '--json',
      '--junit',
      junit,
      '--scenario',
      `${EXAMPLES}/scenarios/ivr-menu/sales.scenario.json`,
      '--scenario',
      'tests/fixtures/scenarios/wrong-path.scenario.json',
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.type)).toEqual(['test', 'test', 'coverage']);
    expect(lines[0]).toMatchObject({ name: 'caller picks sales', passed: true });
    expect(lines[1]).toMatchObject({ name: 'wrong expectation', passed: false });
    expect(lines[2]).toMatchObject({
      type: 'coverage',
      total: 14,
      tests: 2,
      failed: 1,
      passed: false,
    });
    expect(lines[2].untested).toContain('menu.1');
    expect(run.code).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="IVR menu" tests="2" failures="1"');
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('name="caller picks sales"');
    expect(xml).toMatch(/name="wrong expectation"[^>]*>\n {6}<failure message="path: expected/);
  });

  it('refuses a broken tests file with exit 2, naming the file and the field', () => {
    const flow = join(scratch, 'ivr-broken.legflow.json');
    copyFileSync(IVR, flow);
    writeFileSync(
      join(scratch, 'ivr-broken.legflow.tests.json'),
      JSON.stringify({
        format: 'legflow.tests',
        version: 1,
        scenarios: [{ expect: { status: 'ok' } }],
      }),
    );
    const run = legflowTest(flow);
    expect(run.stderr).toContain('ivr-broken.legflow.tests.json is not a usable tests file');
    expect(run.stderr).toContain('scenarios.0.expect.status');
    expect(run.code).toBe(2);
  });
});
