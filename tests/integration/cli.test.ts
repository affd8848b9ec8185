import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the built `legflow` command the way a user or CI script would. */
function legflow(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/legflow.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('legflow validate', () => {
  it('passes a clean example (exit 0)', () => {
    const run = legflow('validate', 'assets/examples/ivr-menu.legflow.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"IVR menu", 11 nodes');
    expect(run.stdout).toContain('No problems.');
  });

  it('lists problems with node ids and fails on errors (exit 1)', () => {
    const run = legflow('validate', 'tests/fixtures/flows/problems.legflow.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error   say (Greeting): "Greeting" needs text.');
    expect(run.stdout).toContain('warning orphan: "Hang up (orphan)" can never run');
    expect(run.stdout).toMatch(/\d+ errors?, \d+ warnings?\.$/m);
  });

  it('prints JSON for machines', () => {
    const run = legflow('validate', '--json', 'tests/fixtures/flows/problems.legflow.json');
    const report = JSON.parse(run.stdout);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.problems[0]).toHaveProperty('code');
  });

  it('says a broken flow is broken, naming what and where, without a stack trace (exit 1)', () => {
    const run = legflow('validate', 'tests/fixtures/flows/broken-references.legflow.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nodes[1] (id "greet").kind: unknown node kind "sya"');
    expect(run.stderr).toContain('"to" names node "goodbye", which is not in the flow');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 when the file is not a flow, is missing, or the arguments are wrong', () => {
    expect(legflow('validate', 'package.json')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a Legflow flow'),
    });
    expect(legflow('validate', 'tests/fixtures/flows/bad-json.legflow.json')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('line 9, column 3'),
    });
    expect(legflow('validate', 'no/such.legflow.json')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file'),
    });
    expect(legflow('validate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: legflow validate'),
    });
    expect(legflow('validate', '--bogus', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'"),
    });
    expect(legflow('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command "frobnicate"'),
    });
  });
});

describe('legflow exoml', () => {
  it('prints the ExoML of each action node, headed by its id', () => {
    const run = legflow('exoml', 'assets/examples/ivr-menu.legflow.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '# menu (Main menu) on leg caller\n<Flow><Gather numDigits="1" timeoutInSec="10" finishOnKey="#"><Say>',
    );
    expect(run.stdout).not.toContain('# start');
  });

  it('prints one node bare with --node', () => {
    const run = legflow('exoml', 'assets/examples/ivr-menu.legflow.json', '--node', 'answer');
    expect(run).toMatchObject({ code: 0, stdout: '<Flow><Answer/></Flow>\n' });
  });

  it('explains a node that is missing or is not an action', () => {
    expect(
      legflow('exoml', 'assets/examples/ivr-menu.legflow.json', '--node', 'nope'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('The flow has no node "nope". Its nodes: start, answer'),
    });
    expect(
      legflow('exoml', 'assets/examples/ivr-menu.legflow.json', '--node', 'start'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Node "start" (Incoming call) is not an ExoML action'),
    });
  });
});
