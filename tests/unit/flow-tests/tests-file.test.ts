import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testsFileOf } from '../../../shared/flow-tests';
import { copyFlowTests } from '../../../electron/flow-tests/copy-flow-tests';
import { loadTestScenarios } from '../../../electron/flow-tests/load-test-scenarios';
import {
  FlowTestsError,
  parseFlowTests,
  readFlowTests,
  serializeFlowTests,
  writeFlowTests,
} from '../../../electron/flow-tests/tests-file';
import { loadScenario } from '../../../electron/scenario/load-scenario';

const EXAMPLES = 'assets/examples';

function file(scenarios: unknown[]): string {
  return JSON.stringify({ format: 'legflow.tests', version: 1, scenarios });
}

function problemsOf(text: string): string[] {
  try {
    parseFlowTests(text, 'ivr.legflow.tests.json');
  } catch (error) {
    expect(error).toBeInstanceOf(FlowTestsError);
    expect((error as Error).message).toContain('ivr.legflow.tests.json');
    return (error as FlowTestsError).problems;
  }
  throw new Error('the file parsed');
}

describe('testsFileOf', () => {
  it('puts the tests beside the flow, named after it', () => {
    expect(testsFileOf('support/ivr-menu.legflow.json')).toBe(
      'support/ivr-menu.legflow.tests.json',
    );
    expect(testsFileOf('C:\\flows\\IVR.LEGFLOW.JSON')).toBe('C:\\flows\\IVR.legflow.tests.json');
    expect(testsFileOf('old.json')).toBe('old.legflow.tests.json');
  });
});

describe('a tests file', () => {
  it('names the field of each problem', () => {
    const problems = problemsOf(
      file([
        { name: 'a', parties: { '0916': { behaviour: 'answer', digits: ['1x'] } } },
        { name: 'b', expect: { status: 'passed' } },
        { name: 'a' },
      ]),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^scenarios\.0\.parties\.0916\.digits\.0: digits may only hold/),
      expect.stringMatching(/^scenarios\.1\.expect\.status: /),
      'scenarios.2.name: "a" is the name of an earlier scenario; each needs its own',
    ]);
  });

  it('says when it is not JSON or not a tests file', () => {
    expect(problemsOf('{')[0]).toMatch(/^not valid JSON/);
    expect(problemsOf(JSON.stringify({ scenarios: [] }))).toEqual([
      expect.stringMatching(/^format: /),
      expect.stringMatching(/^version: /),
    ]);
  });

  it('is written in a stable layout that reads back the same', () => {
    const scenarios = parseFlowTests(
      file([
        {
          expect: { legs: { caller: 'completed' }, path: ['start', 'bye'], status: 'completed' },
          incoming: [{ after: 1, to: '080', from: '0916' }],
          parties: { '0916': { hangupAfter: 3, digits: ['2'], behaviour: 'answer' } },
          name: 'hangs up',
        },
        { name: 'outbound only' },
      ]),
      'x',
    );
    const text = serializeFlowTests(scenarios);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseFlowTests(text, 'x')).toEqual(scenarios);
    expect(serializeFlowTests(parseFlowTests(text, 'x'))).toBe(text);
    const keys = Object.keys(JSON.parse(text).scenarios[0]);
    expect(keys).toEqual(['name', 'parties', 'incoming', 'expect']);
    expect(Object.keys(JSON.parse(text).scenarios[0].parties['0916'])).toEqual([
      'behaviour',
      'digits',
      'hangupAfter',
    ]);
    // Empty parts are left out, so a scenario for an outbound flow stays short.
    expect(JSON.parse(text).scenarios[1]).toEqual({ name: 'outbound only', expect: {} });
    // One path step a line: a changed step is a one-line diff.
    expect(text).toContain('"path": [\n          "start",\n          "bye"\n        ]');
  });
});

describe('on disk', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-tests-file-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('reads nothing for a flow with no tests, and what was written otherwise', async () => {
    const path = join(folder, 'a.legflow.tests.json');
    expect(await readFlowTests(path)).toBeNull();
    await writeFlowTests(path, [{ name: 'one', expect: { status: 'completed' } }]);
    expect((await readFlowTests(path))?.scenarios).toEqual([
      { name: 'one', parties: {}, incoming: [], expect: { status: 'completed' } },
    ]);
  });

  it('refuses to write scenarios the simulator cannot play, writing nothing', async () => {
    const path = join(folder, 'a.legflow.tests.json');
    await expect(
      writeFlowTests(path, [{ name: 'x', parties: { '1': { behaviour: 'sings' } } }]),
    ).rejects.toThrow(/a\.legflow\.tests\.json[\s\S]*scenarios\.0\.parties\.1\.behaviour/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('copies the tests with Save as, and never removes tests when there are none', async () => {
    const from = join(folder, 'a.legflow.json');
    const to = join(folder, 'sub', 'b.legflow.json');
    expect(await copyFlowTests(from, to)).toBe(0);
    await writeFlowTests(testsFileOf(from), [{ name: 'one' }, { name: 'two' }]);
    expect(await copyFlowTests(from, to)).toBe(2);
    expect(await readFile(testsFileOf(to), 'utf8')).toBe(await readFile(testsFileOf(from), 'utf8'));
    expect(await copyFlowTests(join(folder, 'none.legflow.json'), to)).toBe(0);
    expect((await readFlowTests(testsFileOf(to)))?.scenarios).toHaveLength(2);
  });

  it('loads --scenario files of either kind: one scenario, or a whole tests file', async () => {
    const tests = join(folder, 'a.legflow.tests.json');
    await writeFile(tests, file([{ name: 'one' }, { name: 'two' }]));
    expect((await loadTestScenarios(tests)).map((s) => s.name)).toEqual(['one', 'two']);
    const single = `${EXAMPLES}/scenarios/ivr-menu/sales.scenario.json`;
    expect((await loadTestScenarios(single)).map((s) => s.name)).toEqual(['caller picks sales']);
  });
});

describe('the examples', () => {
  it('each ship a tests file holding the scenarios of assets/examples/scenarios/', async () => {
    const flows = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.legflow.json'));
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) {
      const tests = await readFlowTests(join(EXAMPLES, testsFileOf(flow)));
      const folder = join(EXAMPLES, 'scenarios', flow.replace('.legflow.json', ''));
      const files = (await readdir(folder)).sort();
      const scenarios = await Promise.all(files.map((name) => loadScenario(join(folder, name))));
      // A scenario added to the folder belongs in the tests file too (and the other way round).
      expect(tests?.scenarios, `${testsFileOf(flow)} and ${folder}/ differ`).toEqual(scenarios);
      // Stored exactly as the app writes it, so saving from the app changes nothing.
      const text = await readFile(join(EXAMPLES, testsFileOf(flow)), 'utf8');
      expect(serializeFlowTests(tests!.scenarios), flow).toBe(text);
    }
  });
});
