import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `legflow run`, as a user would, without blocking this test's event loop. */
function legflowRun(args: string[], timeoutMs = 60_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/legflow.js', 'run', ...args],
      { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The `--json` lines of a run, parsed. */
function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const EXAMPLES = 'assets/examples';
const scenarioFiles = (example: string) =>
  readdirSync(`${EXAMPLES}/scenarios/${example}`).map(
    (name) => `${EXAMPLES}/scenarios/${example}/${name}`,
  );

const RECORDING = `${EXAMPLES}/recording-with-consent.legflow.json`;
const RECORDING_HANGS_UP = `${EXAMPLES}/scenarios/recording-with-consent/caller-hangs-up.scenario.json`;
const IVR = `${EXAMPLES}/ivr-menu.legflow.json`;
const IVR_SALES = `${EXAMPLES}/scenarios/ivr-menu/sales.scenario.json`;
const IVR_HANGS_UP = `${EXAMPLES}/scenarios/ivr-menu/caller-hangs-up.scenario.json`;

describe('legflow run on the instant clock, with both cores kept busy by other programs', () => {
  let busy: ChildProcess[] = [];
  beforeAll(() => {
    busy = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  });
  afterAll(() => {
    for (const child of busy) child.kill('SIGKILL');
  });

  it.each([
    ['recording-with-consent, caller hangs up', RECORDING, RECORDING_HANGS_UP],
    ['ivr-menu, sales', IVR, IVR_SALES],
  ])(
    'prints the same bytes on every run (%s)',
    async (_name, flow, scenario) => {
      const runs = await Promise.all(
        [1, 2, 3].map(() => legflowRun([flow, '--scenario', scenario, '--json'])),
      );
      // The machine really was busy throughout.
      expect(busy.map((child) => child.exitCode)).toEqual([null, null]);
      for (const run of runs) {
        expect(run.code, run.stderr).toBe(0);
        expect(jsonLines(run.stdout).at(-1)).toMatchObject({
          type: 'result',
          passed: true,
          seed: 1,
          clock: 'instant',
        });
      }
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    },
    60_000,
  );
});

describe('legflow run on the instant clock', () => {
  it('gives other ids with another --seed, but the same path at the same virtual moments', async () => {
    const [first, other] = await Promise.all(
      ['1', '7'].map((seed) =>
        legflowRun([IVR, '--scenario', IVR_SALES, '--json', '--seed', seed]),
      ),
    );
    const a = jsonLines(first!.stdout);
    const b = jsonLines(other!.stdout);
    // What happened, and when: the same.
    const timeline = (lines: Record<string, unknown>[]) =>
      lines.map((line) => [line.type, line.nodeId ?? line.name, line.at]);
    expect(timeline(b)).toEqual(timeline(a));
    expect(b.at(-1)).toEqual({ ...a.at(-1), seed: 7 });
    // Who it happened to: other ids.
    expect(b[0]!.runId).not.toBe(a[0]!.runId);
    const legSid = (lines: Record<string, unknown>[]) =>
      (lines.find((line) => line.type === 'event')!.data as { leg_sid: string }).leg_sid;
    expect(legSid(b)).not.toBe(legSid(a));
    expect(first!.stdout).not.toBe(other!.stdout);
  });

  it('skips a flow through two hours of waiting and reports their virtual duration', async () => {
    const flow = {
      format: 'legflow.flow',
      version: 2,
      name: 'Two hours on hold',
      legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
      nodes: [
        { id: 'start', kind: 'incoming-call', params: { exophone: '08030752400' } },
        { id: 'answer', kind: 'answer', params: {} },
        { id: 'first-hour', kind: 'wait', params: { seconds: 3600 } },
        { id: 'second-hour', kind: 'wait', params: { seconds: 3600 } },
        { id: 'bye', kind: 'hangup', params: {} },
      ].map((node, index) => ({
        ...node,
        leg: node.kind === 'wait' ? null : 'caller',
        label: '',
        position: { x: 0, y: index * 140 },
      })),
      edges: [
        { id: 'e1', from: 'start', port: 'next', to: 'answer' },
        { id: 'e2', from: 'answer', port: 'next', to: 'first-hour' },
        { id: 'e3', from: 'first-hour', port: 'next', to: 'second-hour' },
        { id: 'e4', from: 'second-hour', port: 'next', to: 'bye' },
      ],
      notes: [],
      variables: {},
    };
    const folder = mkdtempSync(join(tmpdir(), 'legflow-two-hours-'));
    const file = join(folder, 'two-hours.legflow.json');
    writeFileSync(file, JSON.stringify(flow));

    const run = await legflowRun([file, '--json']).finally(() =>
      rmSync(folder, { recursive: true, force: true }),
    );
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout);
    const started = lines.find((line) => line.type === 'started')!;
    const finished = lines.find((line) => line.type === 'finished')!;
    expect(finished).toMatchObject({
      status: 'completed',
      path: ['start', 'answer', 'first-hour', 'second-hour', 'bye'],
    });
    expect((finished.at as number) - (started.at as number)).toBeGreaterThanOrEqual(7_200_000);
    expect(lines.at(-1)).toMatchObject({ type: 'result', status: 'completed', passed: true });
  });

  it('still runs paced with --speed 20', async () => {
    const run = await legflowRun([IVR, '--scenario', IVR_HANGS_UP, '--speed', '20', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonLines(run.stdout).at(-1)).toMatchObject({
      type: 'result',
      status: 'completed',
      passed: true,
      path: ['start', 'answer', 'welcome', 'caller-left'],
      clock: 20,
    });
  });
});

const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.legflow.json'))
  .map((name) => name.replace('.legflow.json', ''));

/** 200 of each scenario, 50 at a time, at the simulator's default rate limit. */
describe('legflow run --repeat 200 --concurrency 50 of every example scenario', () => {
  it.each(examples)(
    'passes every run of %s',
    async (example) => {
      const scenarios = scenarioFiles(example);
      const args = [
        `${EXAMPLES}/${example}.legflow.json`,
        '--repeat',
        '200',
        '--concurrency',
        '50',
      ];
      for (const scenario of scenarios) args.push('--scenario', scenario);
      const run = await legflowRun(args, 230_000);
      const runs = scenarios.length * 200;
      expect(run.stdout).toContain(`\n${runs} of ${runs} runs passed.\n`);
      expect(run.code, run.stderr).toBe(0);
    },
    240_000,
  );
});
