import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function legflowRun(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/legflow.js', 'run', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const IVR = 'assets/examples/ivr-menu.legflow.json';

describe('legflow run', () => {
  it('runs any flow with no set-up: the simulator places a call and prints a trace', () => {
    const run = legflowRun(IVR);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/▶ start \(Call to the support line\) {2}on caller/);
    expect(run.stdout).toMatch(/caller ← gather_success {2}digits=\n/);
    expect(run.stdout).toContain('↳ left by "no-input" → no-input');
    expect(run.stdout).toContain('PASS "IVR menu": completed');
    expect(run.stdout).toContain('path: start → answer → welcome → menu → no-input → bye');
  });

  it('prints one JSON object a line with --json, the result last', () => {
    const run = legflowRun(
      IVR,
      '--json',
      '--scenario',
      'assets/examples/scenarios/ivr-menu/sales.scenario.json',
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'started', run: 1 });
    expect(
      lines.some(
        (line) =>
          line.type === 'event' && line.name === 'gather_success' && line.data.digits === '2',
      ),
    ).toBe(true);
    expect(lines.at(-1)).toEqual({
      type: 'result',
      status: 'completed',
      passed: true,
      path: ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'],
      runs: 1,
      failed: 0,
      failures: [],
      seed: 1,
      clock: 'instant',
    });
  });

  it('fails (exit 1) when an expectation does not hold, saying which and where', () => {
    const run = legflowRun(IVR, '--scenario', 'tests/fixtures/scenarios/wrong-path.scenario.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL "wrong expectation"');
    expect(run.stdout).toContain('first difference at step 5: expected sales, got no-input');
  });

  it('takes the error port when the API refuses an action, and fails when it leads nowhere', () => {
    const handled = legflowRun('tests/fixtures/flows/refused-action.legflow.json');
    expect(handled.code).toBe(0);
    expect(handled.stdout).toContain('↳ left by "error" → sorry');
    const unhandled = legflowRun('tests/fixtures/flows/refused-action-unhandled.legflow.json');
    expect(unhandled.code).toBe(1);
    expect(unhandled.stdout).toContain(
      '"Play audio" failed: The platform rejected the request (400)',
    );
  });

  it('repeats a scenario with concurrency and summarises', () => {
    const run = legflowRun(
      IVR,
      '--repeat',
      '6',
      '--concurrency',
      '3',
      '--scenario',
      'assets/examples/scenarios/ivr-menu/support.scenario.json',
    );
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^PASS run \d\/6/gm)).toHaveLength(6);
    expect(run.stdout).toContain('6 of 6 runs passed.');
  });

  it('ends every run with a clear status under injected faults, never a hang', () => {
    const run = legflowRun(
      IVR,
      '--repeat',
      '8',
      '--concurrency',
      '4',
      '--faults',
      'dup=0.3,reorder=0.3,drop=0.1,500=0.1',
      '--json',
    );
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ type: 'result', runs: 8 });
    const finished = run.stdout
      .split('\n')
      .filter((line) => line.includes('"type":"finished"'))
      .map((line) => JSON.parse(line));
    expect(finished).toHaveLength(8);
    for (const line of finished) {
      expect(['completed', 'failed']).toContain(line.status);
      expect(line.reason.length).toBeGreaterThan(10);
    }
    expect([0, 1]).toContain(run.code);
  });

  it('still prints the result line when the JUnit report cannot be written, and names the file (exit 2)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'legflow-junit-'));
    try {
      const report = join(folder, 'no-such-folder', 'report.xml');
      const run = legflowRun(IVR, '--json', '--junit', report);
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({
        type: 'result',
        passed: true,
      });
      expect(run.stderr).toContain(
        `Could not write the JUnit report to ${report}: no such folder. The runs themselves passed.`,
      );
      expect(run.stderr).not.toContain('This is a bug');

      const file = join(folder, 'a-file');
      writeFileSync(file, '');
      const failing = legflowRun(
        IVR,
        '--scenario',
        'tests/fixtures/scenarios/wrong-path.scenario.json',
        '--junit',
        join(file, 'report.xml'),
      );
      expect(failing.code).toBe(2);
      expect(failing.stdout).toContain('FAIL "wrong expectation"');
      expect(failing.stderr).toContain(
        'part of the path is a file, not a folder. 1 of 1 runs failed.',
      );

      const written = join(folder, 'report.xml');
      expect(legflowRun(IVR, '--junit', written).code).toBe(0);
      expect(readFileSync(written, 'utf8')).toContain('<testsuite');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('takes --timeout from 1 second to 7 days of platform time', () => {
    for (const value of ['0.001', '0', '1e308', 'Infinity', 'soon', '604801']) {
      const run = legflowRun(IVR, '--timeout', value);
      expect(run, value).toMatchObject({
        code: 2,
        stderr: expect.stringContaining(
          `--timeout must be from 1 to 604800 seconds of platform time (7 days), not "${value}".`,
        ),
      });
      expect(run.stderr).not.toContain('Warning');
    }
    const short = legflowRun(IVR, '--timeout', '1');
    expect(short.code).toBe(1);
    expect(short.stdout).toContain('The run did not finish within 1 s (--timeout).');
    expect(legflowRun(IVR, '--timeout', '604800').code).toBe(0);
  });

  it('refuses an invalid flow, scenario or arguments (exit 2)', () => {
    const badFlow = legflowRun('tests/fixtures/flows/problems.legflow.json');
    expect(badFlow).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'cannot run; fix these first:\n  say: "Greeting" needs text.',
      ),
    });
    const broken = legflowRun('tests/fixtures/flows/broken-references.legflow.json');
    expect(broken).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown node kind "sya"'),
    });
    const badScenario = legflowRun(
      IVR,
      '--scenario',
      'tests/fixtures/scenarios/invalid.scenario.json',
    );
    expect(badScenario).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('parties.09163816621.behaviour'),
    });
    expect(legflowRun(IVR, '--speed', 'fast')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--speed must be "instant" or a positive number'),
    });
    expect(legflowRun(IVR, '--rate-limit', 'abc')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--rate-limit must be a whole number from 0 up, not "abc"'),
    });
    expect(legflowRun(IVR, '--faults', 'explode=1')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('explode'),
    });
    expect(legflowRun()).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: legflow run FLOW'),
    });
  });
});
