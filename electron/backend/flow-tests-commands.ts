import { join } from 'node:path';
import { FlowLoadError, isRunnable, loadFlow, validateFlow } from '../../shared/flow';
import { firstPathDifference } from '../../shared/flow-tests/path-difference';
import { testsFileOf } from '../../shared/flow-tests/tests-file-shape';
import { FLOW_FILE_EXTENSION, IpcError } from '../../shared/ipc';
import type { TestsOwner } from '../../shared/ipc';
import { copyTestsFile } from '../flow-tests/copy-flow-tests';
import { runFlowTests } from '../flow-tests/run-flow-tests';
import type { FlowTestOutcome } from '../flow-tests/run-flow-tests';
import { RunNotRecordableError, scenarioFromRun } from '../flow-tests/scenario-from-run';
import {
  checkScenarios,
  FlowTestsError,
  readFlowTests,
  writeFlowTests,
} from '../flow-tests/tests-file';
import type { RunService } from '../run-service/run-service';
import type { RunTarget } from '../scenario/run-target';
import { simTarget } from '../session/sim-target';
import type { OutsideFiles } from '../storage/outside-files';
import { confirmInsideWorkspace, locateInWorkspace } from '../storage/workspace-paths';
import type { WorkspaceLocation } from '../storage/workspace-paths';
import type { NamespaceHandlers } from './command-handlers';

/** What the `tests.*` commands work with. */
export interface FlowTestsCommandsContext {
  /** The workspace folder, absolute and resolved. */
  workspace: string;
  /** Outside flow files the desktop shell allowed; their tests file beside them goes too. */
  outsideFiles: OutsideFiles;
  /** The shipped examples, whose tests come with them when one is opened as a template. */
  examplesDir: string;
  /** Kept runs, which `tests.fromRun` turns into scenarios. */
  runs: Pick<RunService, 'recorded'>;
  /** Where `tests.run` runs: by default a simulator of its own on the exact clock, seed 1. */
  openSimulator?: () => Promise<RunTarget>;
}

/** A test's result as the contract carries it. */
function resultOf(outcome: FlowTestOutcome, expectedPath: string[] | undefined) {
  return {
    name: outcome.scenario,
    passed: outcome.passed,
    status: outcome.result.status,
    reason: outcome.result.reason,
    path: outcome.result.path,
    failures: outcome.failures,
    pathDifference: expectedPath ? firstPathDifference(expectedPath, outcome.result.path) : null,
    outputs: outcome.outputs,
    durationMs: outcome.durationMs,
  };
}

/** A tests file problem as the contract reports it: `bad-request`, each problem listed. */
function refusal(error: unknown): unknown {
  if (!(error instanceof FlowTestsError)) return error;
  return new IpcError('bad-request', error.message.split('\n')[0]!, error.problems);
}

/**
 * The `tests.*` commands: a flow's tests live in `NAME.legflow.tests.json` beside it. Paths
 * are confined as the files commands confine them: the flow must be a workspace flow (or an
 * allowed outside one), and its tests file must be inside the workspace too, links followed.
 */
export function flowTestsCommands(context: FlowTestsCommandsContext): NamespaceHandlers<'tests'> {
  const { workspace, outsideFiles } = context;
  const testsOfFlow = async (path: string): Promise<WorkspaceLocation> => {
    const outside = outsideFiles.find(path);
    if (outside) {
      return { absolute: testsFileOf(outside.absolute), relative: testsFileOf(outside.relative) };
    }
    const flow = locateInWorkspace(workspace, path);
    const tests = { absolute: testsFileOf(flow.absolute), relative: testsFileOf(flow.relative) };
    await confirmInsideWorkspace(workspace, tests.absolute);
    return tests;
  };
  const testsOf = async (owner: TestsOwner): Promise<WorkspaceLocation> => {
    if ('path' in owner) return testsOfFlow(owner.path);
    const name = `${owner.template}${FLOW_FILE_EXTENSION}`;
    return { absolute: testsFileOf(join(context.examplesDir, name)), relative: testsFileOf(name) };
  };
  const read = async (owner: TestsOwner) => {
    const tests = await testsOf(owner);
    return { tests, read: await readFlowTests(tests.absolute) };
  };

  return {
    'tests.list': async (owner) => {
      try {
        const { tests, read: file } = await read(owner);
        return {
          testsPath: tests.relative,
          tests: (file?.scenarios ?? []).map((scenario) => ({
            name: scenario.name,
            expectedStatus: scenario.expect.status ?? null,
            pathLength: scenario.expect.path?.length ?? null,
          })),
        };
      } catch (error) {
        throw refusal(error);
      }
    },
    'tests.read': async (owner) => {
      const tests = await testsOf(owner);
      try {
        const file = await readFlowTests(tests.absolute);
        return {
          status: 'read',
          testsPath: tests.relative,
          scenarios: file?.scenarios ?? [],
          modifiedMs: file?.modifiedMs ?? null,
        };
      } catch (error) {
        if (!(error instanceof FlowTestsError)) throw error;
        return { status: 'unreadable', testsPath: tests.relative, problems: error.problems };
      }
    },
    'tests.write': async ({ path, scenarios }) => {
      const tests = await testsOfFlow(path);
      try {
        return {
          testsPath: tests.relative,
          modifiedMs: await writeFlowTests(tests.absolute, scenarios),
        };
      } catch (error) {
        throw refusal(error);
      }
    },
    'tests.copy': async ({ from, to }) => {
      const source = await testsOf(from);
      const target = await testsOfFlow(to);
      try {
        const copied = await copyTestsFile(source.absolute, target.absolute);
        return { testsPath: target.relative, copied };
      } catch (error) {
        throw refusal(error);
      }
    },
    'tests.run': async ({ flow, scenarios }) => {
      const problems = validateFlow(flow);
      if (!isRunnable(problems)) {
        throw new IpcError(
          'bad-request',
          'The flow cannot run; fix its problems first.',
          problems
            .filter((problem) => problem.severity === 'error')
            .map((problem) => problem.message),
        );
      }
      let tests;
      try {
        tests = checkScenarios(scenarios, 'the tests');
      } catch (error) {
        if (!(error instanceof FlowTestsError)) throw error;
        throw new IpcError('bad-request', 'Some tests cannot run as they are.', error.problems);
      }
      const target = await (context.openSimulator ?? openExactSimulator)();
      try {
        const { outcomes, coverage } = await runFlowTests(target, flow, tests);
        return {
          results: outcomes.map((outcome, index) => resultOf(outcome, tests[index]!.expect.path)),
          coverage,
        };
      } finally {
        await target.close();
      }
    },
    'tests.fromRun': async ({ runId, name }) => {
      const recorded = await context.runs.recorded(runId);
      if (!recorded) throw new IpcError('not-found', `There is no kept run ${runId}.`);
      try {
        const flow = loadFlow(JSON.stringify(recorded.flow));
        // Checked as a write would check it, so what the UI shows can be saved as it is.
        const [scenario] = checkScenarios([scenarioFromRun(flow, recorded.updates, name)], runId);
        return { scenario: scenario! };
      } catch (error) {
        if (error instanceof RunNotRecordableError)
          throw new IpcError('bad-request', error.message);
        if (error instanceof FlowLoadError) {
          throw new IpcError(
            'bad-request',
            `The flow of run ${runId} no longer loads.`,
            error.problems,
          );
        }
        throw refusal(error);
      }
    },
  };
}

/** A simulator of its own, on the exact clock: tests give the same answer every time. */
function openExactSimulator(): Promise<RunTarget> {
  return simTarget({ speed: 'instant', seed: 1 });
}
