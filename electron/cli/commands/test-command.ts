import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { meetsCoverage } from '../../../shared/flow-tests';
import { testsFileOf } from '../../../shared/flow-tests/tests-file-shape';
import { isRunnable, validateFlow } from '../../../shared/flow';
import type { FlowDocument } from '../../../shared/flow';
import { loadTestScenarios } from '../../flow-tests/load-test-scenarios';
import { DEFAULT_TIMEOUT_SECONDS, runFlowTests } from '../../flow-tests/run-flow-tests';
import { FlowTestsError, readFlowTests } from '../../flow-tests/tests-file';
import { ScenarioError } from '../../scenario/load-scenario';
import type { Scenario } from '../../scenario/scenario-schema';
import { simTarget } from '../../session/sim-target';

import { CliError, EXIT } from '../cli-error';
import { readFlowFile } from '../read-flow-file';
import { testsJunitReport } from './test-junit';
import { coverageJson, coverageLines, outcomeJson, outcomeLines } from './test-report';

export const TEST_USAGE =
  'legflow test FLOW [--scenario FILE]... [--min-coverage P] [--json] [--junit FILE] [--seed N] [--timeout S]';

function parseMinCoverage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const percent = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !(percent >= 0 && percent <= 100)) {
    throw new CliError(`--min-coverage must be a percentage from 0 to 100, not "${value}".`);
  }
  return percent;
}

function parseWhole(value: string, option: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new CliError(`${option} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

/** An invalid flow is exit 2 with its errors, before anything runs. */
function requireRunnable(path: string, flow: FlowDocument): void {
  const problems = validateFlow(flow);
  if (isRunnable(problems)) return;
  const lines = problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `  ${problem.nodeId ? `${problem.nodeId}: ` : ''}${problem.message}`);
  throw new CliError(`${path} cannot run; fix these first:\n${lines.join('\n')}`);
}

/** The scenarios given with --scenario, or the tests kept beside the flow (maybe none). */
async function scenariosFor(flowPath: string, files: string[]): Promise<Scenario[]> {
  try {
    if (files.length > 0) return (await Promise.all(files.map(loadTestScenarios))).flat();
    return (await readFlowTests(testsFileOf(flowPath)))?.scenarios ?? [];
  } catch (error) {
    if (error instanceof ScenarioError || error instanceof FlowTestsError) {
      throw new CliError(error.message);
    }
    throw error;
  }
}

/**
 * `legflow test`: runs a flow's tests (the scenarios kept in its tests file, or those given) on
 * the simulator with exact time, prints each result, then how much of the flow they covered.
 * Exit 1 when a test fails or the coverage is under --min-coverage; 2 for bad arguments.
 */
export async function testCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      scenario: { type: 'string', multiple: true, default: [] },
      'min-coverage': { type: 'string' },
      json: { type: 'boolean', default: false },
      junit: { type: 'string' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
    },
  });
  if (positionals.length !== 1) throw new CliError(`usage: ${TEST_USAGE}`);
  const minCoverage = parseMinCoverage(values['min-coverage']);
  const seed = parseWhole(values.seed, '--seed', 0, 0xffff_ffff);
  const timeoutSeconds = parseWhole(values.timeout, '--timeout', 1, 7 * 86_400);
  const path = positionals[0]!;
  const flow = await readFlowFile(path).catch((error: unknown) => {
    if (error instanceof CliError) throw new CliError(error.message, EXIT.usage);
    throw error;
  });
  requireRunnable(path, flow);
  const scenarios = await scenariosFor(path, values.scenario);
  if (scenarios.length === 0 && !values.json) {
    out(
      `No tests: ${testsFileOf(path)} holds none. Save a run as a test, or give --scenario FILE.`,
    );
  }

  const target = await simTarget({ speed: 'instant', seed }).catch((error: Error) => {
    throw new CliError(error.message);
  });
  const interrupt = () => void target.runner.stopAll('Stopped by Ctrl+C.');
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const { outcomes, coverage } = await runFlowTests(target, flow, scenarios, {
      timeoutSeconds,
      onOutcome: (outcome) => {
        if (values.json) out(JSON.stringify(outcomeJson(outcome)));
        else for (const line of outcomeLines(outcome)) out(line);
      },
    });
    const failed = outcomes.filter((outcome) => !outcome.passed).length;
    const covered = scenarios.length > 0 && meetsCoverage(coverage, minCoverage ?? 0);
    const passed = failed === 0 && covered;
    if (values.json) {
      out(JSON.stringify(coverageJson(coverage, outcomes, minCoverage, passed)));
    } else {
      if (outcomes.length > 0)
        out(`${outcomes.length - failed} of ${outcomes.length} tests passed.`);
      for (const line of coverageLines(coverage)) out(line);
      if (minCoverage !== undefined && !meetsCoverage(coverage, minCoverage)) {
        out(`Coverage ${coverage.percent}% is under the minimum of ${minCoverage}%.`);
      }
    }
    if (values.junit) await writeJunit(values.junit, testsJunitReport(flow.name, outcomes));
    return passed ? EXIT.ok : EXIT.failed;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await target.close();
  }
}

async function writeJunit(file: string, xml: string): Promise<void> {
  try {
    await writeFile(file, xml);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`Could not write the JUnit report to ${file} (${reason}).`, EXIT.failed);
  }
}
