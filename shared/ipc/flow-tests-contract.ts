import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { EXPECTED_STATUSES, scenarioWireSchema } from '../flow-tests/scenario-shape';
import { command } from './define-contract';
import { workspacePathSchema } from './files-contract';
import { RUN_ID_PATTERN } from './run-contract';
import { templateIdSchema } from './templates-contract';

/**
 * Whose tests: a flow file's (its tests file lies beside it, `NAME.legflow.tests.json`), or a
 * template's (an example opens as an unsaved copy, and its tests come with it).
 */
export const testsOwnerSchema = z.union([
  z.strictObject({ path: workspacePathSchema }),
  z.strictObject({ template: templateIdSchema }),
]);
export type TestsOwner = z.infer<typeof testsOwnerSchema>;

/** Where a flow's tests file is, named as the files commands name the flow. */
const testsPathSchema = z.string().min(1).max(4_096);

export const flowTestsReadReplySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('read'),
    testsPath: testsPathSchema,
    /** In the file's order; none when the flow has no tests file yet. */
    scenarios: z.array(scenarioWireSchema),
    /** The tests file's modification time, or null when there is none. */
    modifiedMs: z.number().nonnegative().nullable(),
  }),
  z.object({
    /** The tests file exists but cannot be used; each problem names its place in the file. */
    status: z.literal('unreadable'),
    testsPath: testsPathSchema,
    problems: z.array(z.string()).min(1),
  }),
]);
export type FlowTestsReadReply = z.infer<typeof flowTestsReadReplySchema>;

/** A test as the Tests tab lists it before it runs. */
export const flowTestSummarySchema = z.object({
  name: z.string(),
  /** The status it expects, if it names one. */
  expectedStatus: z.enum(EXPECTED_STATUSES).nullable(),
  /** How many nodes its expected path has; null when it expects no path. */
  pathLength: z.number().int().nonnegative().nullable(),
});

const takenOutputSchema = z.object({ nodeId: z.string(), port: z.string() });

/** One connected output and how often the tests took it (see shared/flow-tests/coverage.ts). */
const outputCoverageSchema = takenOutputSchema.extend({
  edgeId: z.string(),
  to: z.string(),
  timesTaken: z.number().int().nonnegative(),
});

export const flowCoverageSchema = z.object({
  outputs: z.array(outputCoverageSchema),
  taken: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  percent: z.number().min(0).max(100),
  untested: z.array(outputCoverageSchema),
  unreachedNodes: z.array(z.string()),
});

/** One test's result, for the Tests tab and the expected-beside-taken path on the canvas. */
export const testResultSchema = z.object({
  name: z.string(),
  passed: z.boolean(),
  status: z.enum(EXPECTED_STATUSES),
  reason: z.string(),
  /** The path the run took. */
  path: z.array(z.string()),
  /** Each expectation that did not hold (or why the run failed), in plain words. */
  failures: z.array(z.string()),
  /** Where the path first left the expected one; null when it did not (or none was expected). */
  pathDifference: z
    .object({
      step: z.number().int().positive(),
      expected: z.string().nullable(),
      actual: z.string().nullable(),
    })
    .nullable(),
  /** The outputs the run took, in order. */
  outputs: z.array(takenOutputSchema),
  /** Platform milliseconds the run took. */
  durationMs: z.number().nonnegative(),
});
export type TestResult = z.infer<typeof testResultSchema>;

/** A flow's tests: kept beside the flow, read and written by the backend, made from past runs. */
export const FLOW_TESTS_COMMANDS = {
  /** The names and expectations of a flow's tests; an unusable tests file is `bad-request`. */
  'tests.list': command(
    testsOwnerSchema,
    z.object({ testsPath: testsPathSchema, tests: z.array(flowTestSummarySchema) }),
  ),
  /** A flow's tests in full, for the Tests tab and the scenario form. */
  'tests.read': command(testsOwnerSchema, flowTestsReadReplySchema),
  /**
   * Replaces a flow's tests with these, in this order, written in the stable layout. Scenarios
   * the simulator could not play are refused (`bad-request`, each problem by its place).
   */
  'tests.write': command(
    z.object({ path: workspacePathSchema, scenarios: z.array(scenarioWireSchema) }),
    z.object({ testsPath: testsPathSchema, modifiedMs: z.number().nonnegative() }),
  ),
  /**
   * Makes the tests travel with Save as (or with a template saved for the first time): writes
   * the tests of `from` beside `to`. With none to copy, nothing is written and `copied` is 0.
   */
  'tests.copy': command(
    z.object({ from: testsOwnerSchema, to: workspacePathSchema }),
    z.object({ testsPath: testsPathSchema, copied: z.number().int().nonnegative() }),
  ),
  /**
   * A kept run (History, or the run that just ended) as a scenario that replays it: who called
   * or answered, the keys pressed at each Gather, when a party hung up; expecting its path,
   * status and leg outcomes. Nothing is written: the UI names it, lets the user edit it, and
   * saves it with `tests.write`.
   */
  /**
   * Runs tests on a simulator of their own with exact time (the same answer every time; a dozen
   * take about a second) and measures their coverage. The flow and the tests are sent as they
   * are in the editor, saved or not; an invalid flow or test is `bad-request`.
   */
  'tests.run': command(
    z.object({ flow: flowDocumentSchema, scenarios: z.array(scenarioWireSchema).max(1_000) }),
    z.object({ results: z.array(testResultSchema), coverage: flowCoverageSchema }),
  ),
  'tests.fromRun': command(
    z.object({
      runId: z.string().regex(RUN_ID_PATTERN, 'is not a run id'),
      name: z.string().min(1).max(200),
    }),
    z.object({ scenario: scenarioWireSchema }),
  ),
};
