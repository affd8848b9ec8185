import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFlowTests } from '../../../electron/flow-tests/run-flow-tests';
import { scenarioSchema } from '../../../electron/scenario/scenario-schema';
import { simTarget } from '../../../electron/session/sim-target';
import { loadFlow } from '../../../shared/flow';
import { createRunBackend, until } from './run-backend';
import type { RunBackend } from './run-backend';

const IVR_TEXT = await readFile('assets/examples/ivr-menu.legflow.json', 'utf8');
const IVR = loadFlow(IVR_TEXT);
const SALES = JSON.parse(
  await readFile('assets/examples/scenarios/ivr-menu/sales.scenario.json', 'utf8'),
);

let run: RunBackend;
beforeAll(async () => {
  run = await createRunBackend(50);
  await writeFile(join(run.workspace, 'ivr.legflow.json'), IVR_TEXT);
});
afterAll(() => run.dispose());

async function failure(command: string, payload: unknown) {
  const result = await run.backend.dispatch(command, payload);
  if (result.ok) throw new Error(`${command} did not fail`);
  return result.error;
}

describe('the tests commands', () => {
  it('read no tests for a flow that has none yet', async () => {
    expect(await run.value('tests.read', { path: 'ivr.legflow.json' })).toEqual({
      status: 'read',
      testsPath: 'ivr.legflow.tests.json',
      scenarios: [],
      modifiedMs: null,
    });
  });

  it('write the tests beside the flow, then list and read them back', async () => {
    const written = await run.value<{ testsPath: string }>('tests.write', {
      path: 'ivr.legflow.json',
      scenarios: [SALES],
    });
    expect(written.testsPath).toBe('ivr.legflow.tests.json');
    const text = await readFile(join(run.workspace, 'ivr.legflow.tests.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'legflow.tests', version: 1 });
    expect(await run.value('tests.list', { path: 'ivr.legflow.json' })).toEqual({
      testsPath: 'ivr.legflow.tests.json',
      tests: [{ name: 'caller picks sales', expectedStatus: 'completed', pathLength: 6 }],
    });
    const read = await run.value<{ scenarios: unknown[] }>('tests.read', {
      path: 'ivr.legflow.json',
    });
    expect(read.scenarios).toEqual([scenarioSchema.parse(SALES)]);
  });

  it('refuse scenarios the simulator cannot play, naming the file and the field', async () => {
    const error = await failure('tests.write', {
      path: 'ivr.legflow.json',
      scenarios: [{ name: 'x', parties: { '0916': { behaviour: 'answer', answerAfter: -1 } } }],
    });
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain('ivr.legflow.tests.json');
    expect(error.problems).toEqual([
      expect.stringMatching(/^scenarios\.0\.parties\.0916\.answerAfter: /),
    ]);
  });

  it('say what is wrong with a broken tests file instead of failing', async () => {
    await writeFile(join(run.workspace, 'broken.legflow.tests.json'), '{"format": "legflow.tests"');
    expect(await run.value('tests.read', { path: 'broken.legflow.json' })).toEqual({
      status: 'unreadable',
      testsPath: 'broken.legflow.tests.json',
      problems: [expect.stringMatching(/^not valid JSON/)],
    });
    expect(await failure('tests.list', { path: 'broken.legflow.json' })).toMatchObject({
      code: 'bad-request',
    });
  });

  it('keep to the workspace and to flow files, as the files commands do', async () => {
    for (const path of ['../x.legflow.json', 'notes.txt', '/etc/x.legflow.json']) {
      expect(await failure('tests.read', { path })).toMatchObject({ code: 'invalid-path' });
    }
  });

  it('copy the tests with Save as, from a flow or from a template', async () => {
    await mkdir(join(run.workspace, 'copies'));
    expect(
      await run.value('tests.copy', {
        from: { path: 'ivr.legflow.json' },
        to: 'copies/ivr-2.legflow.json',
      }),
    ).toEqual({ testsPath: 'copies/ivr-2.legflow.tests.json', copied: 1 });
    expect(
      await run.value('tests.copy', {
        from: { template: 'click-to-call' },
        to: 'copies/c2c.legflow.json',
      }),
    ).toEqual({ testsPath: 'copies/c2c.legflow.tests.json', copied: 8 });
    const template = await run.value<{ scenarios: unknown[] }>('tests.read', {
      template: 'ivr-menu',
    });
    expect(template.scenarios).toHaveLength(6);
  });

  it('turn a run driven from the virtual phone into a test that replays it', async () => {
    const { runId } = await run.value<{ runId: string }>('run.start', { flow: IVR });
    const { leg } = await run.value<{ leg: { legSid: string } }>('phone.callIn', {
      from: '09876500009',
      exophone: '08030752400',
    });
    await until('the gather', () =>
      run.seen(runId, (u) => u.type === 'event' && u.name === 'gather_initiated'),
    );
    await run.value('phone.pressDigits', { legSid: leg.legSid, digits: '2' });
    await until('the end', () => run.seen(runId, (u) => u.type === 'finished'));
    const { scenario } = await until('the kept run', () =>
      run.backend
        .dispatch('tests.fromRun', { runId, name: 'caller presses 2' })
        .then((result) => (result.ok ? (result.value as { scenario: unknown }) : undefined)),
    );
    expect(scenario).toEqual({
      name: 'caller presses 2',
      parties: { '09876500009': { behaviour: 'answer', digits: ['2'] } },
      incoming: [{ from: '09876500009', to: '08030752400', after: expect.any(Number) }],
      expect: {
        status: 'completed',
        path: ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'],
        legs: { caller: 'completed' },
      },
    });
    // It saves as it is, and replays on exact time with the same result.
    await run.value('tests.write', { path: 'ivr.legflow.json', scenarios: [scenario] });
    const target = await simTarget({ speed: 'instant', seed: 1 });
    try {
      const report = await runFlowTests(target, IVR, [scenarioSchema.parse(scenario)]);
      expect(report.outcomes[0]).toMatchObject({ passed: true, failures: [] });
    } finally {
      await target.close();
    }
  });

  it('run tests as the editor has them, with the first difference and the coverage', async () => {
    const changed = structuredClone(IVR);
    // The menu's choice 2 now leads to support: "caller picks sales" must fail at step 5.
    changed.edges.find((edge) => edge.from === 'menu' && edge.port === '2')!.to = 'support';
    const reply = await run.value<{
      results: { name: string; passed: boolean; pathDifference: unknown; failures: string[] }[];
      coverage: { taken: number; total: number; untested: { nodeId: string; port: string }[] };
    }>('tests.run', { flow: changed, scenarios: [SALES] });
    expect(reply.results).toEqual([
      expect.objectContaining({
        name: 'caller picks sales',
        passed: false,
        pathDifference: { step: 5, expected: 'sales', actual: 'support' },
      }),
    ]);
    expect(reply.results[0]!.failures[0]).toContain(
      'first difference at step 5: expected sales, got support',
    );
    expect(reply.coverage).toMatchObject({ taken: 5, total: 14 });
    expect(reply.coverage.untested).toContainEqual(
      expect.objectContaining({ nodeId: 'menu', port: '1' }),
    );
    const same = await run.value<{ results: unknown[] }>('tests.run', {
      flow: changed,
      scenarios: [SALES],
    });
    expect(same.results).toEqual(reply.results);
  });

  it('refuse to run an invalid flow or a test the simulator cannot play', async () => {
    const broken = { ...structuredClone(IVR), edges: [] };
    expect(await failure('tests.run', { flow: broken, scenarios: [] })).toMatchObject({
      code: 'bad-request',
    });
    const error = await failure('tests.run', {
      flow: IVR,
      scenarios: [{ name: 'x', parties: { '1': { behaviour: 'sings' } } }],
    });
    expect(error.problems).toEqual([expect.stringMatching(/^scenarios\.0\.parties\.1\.behaviour/)]);
  });

  it('refuse a run that is not kept', async () => {
    expect(
      await failure('tests.fromRun', {
        runId: 'run-2026-01-01T03-30-00-000Z-00000000',
        name: 'x',
      }),
    ).toMatchObject({ code: 'not-found' });
  });
});
