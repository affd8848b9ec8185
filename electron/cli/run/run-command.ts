import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isRunnable, validateFlow } from '../../../shared/flow';
import type { FlowDocument } from '../../../shared/flow';
import { loadScenario, ScenarioError } from '../../scenario/load-scenario';
import { runScenario } from '../../scenario/run-scenario';
import type { ScenarioOutcome } from '../../scenario/run-scenario';
import type { RunTarget } from '../../scenario/run-target';
import { scenarioSchema } from '../../scenario/scenario-schema';
import type { Scenario } from '../../scenario/scenario-schema';
import type { ClockPace } from '../../simulator/clock/sim-clock';
import { CliError, EXIT } from '../cli-error';
import { readFlowFile } from '../read-flow-file';
import { describeFailure, junitReport, passed } from './junit-report';
import { openTarget } from './open-target';
import { traceFormatter } from './run-trace';
import { printableText } from '../../text/printable';

export const RUN_USAGE =
  'legflow run FLOW [--sim | --profile NAME --yes] [--scenario FILE]... [--speed instant|N] [--seed N] [--json] [--junit FILE] [--repeat N --concurrency C] [--faults SPEC] [--timeout S]';

/**
 * Platform seconds after which a run is stopped. A valid flow must be able to finish: a Wait
 * may last an hour and a leg up to its `time_limit` (14,400 s), and on the default (instant)
 * clock a day of platform time costs nothing.
 */
const DEFAULT_TIMEOUT_SECONDS = 86_400;

/**
 * `--timeout` bounds, in platform seconds. Under a second the platform has not even answered the
 * call; over a week a paced clock's real timer would pass the 24.8 days a Node timer can hold.
 */
const MIN_TIMEOUT_SECONDS = 1;
const MAX_TIMEOUT_SECONDS = 7 * 86_400;

/** The seed of a run that names none: the default is as reproducible as any other. */
const DEFAULT_SEED = 1;

/** `--speed`: `instant` (exact, skipping time) or a real-time multiple for watching a run. */
function parseSpeed(value: string): ClockPace {
  const speed = Number(value);
  if (value === 'instant') return 'instant';
  if (!Number.isFinite(speed) || speed <= 0 || speed > 1_000) {
    throw new CliError(
      `--speed must be "instant" or a positive number up to 1000, not "${value}".`,
    );
  }
  return speed;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new CliError(`--seed must be a whole number from 0 to 4294967295, not "${value}".`);
  }
  return seed;
}

function positiveNumber(value: string, option: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new CliError(`${option} must be a positive whole number, not "${value}".`);
  }
  return number;
}

/** A count that may be 0 (`--rate-limit 0` turns the limit off). */
function wholeNumber(value: string, option: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new CliError(`${option} must be a whole number from 0 up, not "${value}".`);
  }
  return number;
}

function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!(seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new CliError(
      `--timeout must be from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS} seconds of platform time (7 days), not "${value}".`,
    );
  }
  return seconds;
}

/** Writes the JUnit report; a failure names the file and why, and says how the runs went. */
async function writeJunit(file: string, xml: string, failed: number, runs: number): Promise<void> {
  try {
    await writeFile(file, xml);
  } catch (error) {
    const outcome =
      failed === 0 ? 'The runs themselves passed.' : `${failed} of ${runs} runs failed.`;
    throw new CliError(
      `Could not write the JUnit report to ${file}: ${writeFailureReason(error as NodeJS.ErrnoException)}. ${outcome}`,
    );
  }
}

function writeFailureReason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error.message;
  }
}

/** Checks the flow before dialling anything: an invalid flow is exit 2, with its problems. */
function requireRunnable(path: string, flow: FlowDocument): void {
  const problems = validateFlow(flow);
  if (isRunnable(problems)) return;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const lines = errors.map(
    (problem) => `  ${problem.nodeId ? `${problem.nodeId}: ` : ''}${problem.message}`,
  );
  throw new CliError(`${path} cannot run; fix these first:\n${lines.join('\n')}`);
}

/** Runs a flow headless on the simulator, as QA does in CI. Exit 0 only if every run passed. */
export async function runCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sim: { type: 'boolean', default: false },
      profile: { type: 'string' },
      scenario: { type: 'string', multiple: true, default: [] },
      speed: { type: 'string', default: 'instant' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      junit: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '1' },
      faults: { type: 'string' },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
      'rate-limit': { type: 'string' },
      yes: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new CliError(`usage: ${RUN_USAGE}`);
  if (values.sim && values.profile !== undefined) {
    throw new CliError('Choose --sim or --profile NAME, not both.');
  }
  const speed = parseSpeed(values.speed);
  const seed = values.seed === undefined ? DEFAULT_SEED : parseSeed(values.seed);
  const repeat = positiveNumber(values.repeat, '--repeat');
  const concurrency = positiveNumber(values.concurrency, '--concurrency');
  const timeoutSeconds = parseTimeout(values.timeout);
  const rateLimit =
    values['rate-limit'] === undefined
      ? undefined
      : wholeNumber(values['rate-limit'], '--rate-limit');
  const path = positionals[0]!;
  const flow = await readFlowFile(path).catch((error: unknown) => {
    // A flow that cannot be read is an invalid flow here: exit 2, as DESIGN.md says.
    if (error instanceof CliError) throw new CliError(error.message, EXIT.usage);
    throw error;
  });
  requireRunnable(path, flow);
  const scenarios: Scenario[] = [];
  for (const file of values.scenario) {
    try {
      scenarios.push(await loadScenario(file));
    } catch (error) {
      if (error instanceof ScenarioError) throw new CliError(error.message);
      throw error;
    }
  }
  if (scenarios.length === 0) scenarios.push(scenarioSchema.parse({ name: flow.name }));

  // On the instant clock each concurrent lane gets a simulator of its own (its own account, rate
  // limit and clock), as independent test runs would: a run is the same at --concurrency 50 as
  // alone. A paced run, like a live account, shares one platform between its runs.
  const lanes =
    values.profile === undefined && speed === 'instant' ? Math.min(concurrency, repeat) : 1;
  const targets = await openTargets(lanes, (lane) =>
    openTarget(
      {
        ...(values.profile !== undefined ? { profile: values.profile } : {}),
        yes: values.yes,
        speed,
        // Lane 0 has the run's own seed, so --concurrency 1 and the first lane repeat each other.
        seed: (seed + lane) >>> 0,
        ...(values.faults !== undefined ? { faults: values.faults } : {}),
        ...(rateLimit !== undefined ? { rateLimit } : {}),
      },
      flow,
      (line) => process.stderr.write(`${printableText(line)}\n`),
    ),
  );
  const interrupt = () => {
    for (const target of targets) void target.runner.stopAll('Stopped by Ctrl+C.');
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    // Personas belong to numbers, so two scenarios cannot share the simulator at once: scenarios
    // run one after another, and the repeats of one scenario run `concurrency` at a time.
    const total = scenarios.length * repeat;
    const detailed = total === 1;
    const outcomes: ScenarioOutcome[] = [];
    for (const scenario of scenarios) {
      try {
        for (const target of targets) target.useParties(scenario.parties);
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      let next = 0;
      const worker = async (target: RunTarget) => {
        while (next < repeat) {
          next++;
          const index = outcomes.length + next - 1;
          const format = traceFormatter(flow);
          const outcome = await runScenario(
            target,
            flow,
            scenario,
            (update) => {
              if (values.json) out(JSON.stringify({ run: index + 1, ...update }));
              else if (detailed) {
                const line = format(update);
                if (line !== null) out(line);
              }
            },
            timeoutSeconds,
          );
          if (!values.json) reportOutcome(out, outcome, index, total, detailed);
          finished.push(outcome);
        }
      };
      const finished: ScenarioOutcome[] = [];
      await Promise.all(
        Array.from({ length: Math.min(concurrency, repeat) }, (_, i) =>
          worker(targets[i % targets.length]!),
        ),
      );
      outcomes.push(...finished);
    }
    const failed = outcomes.filter((outcome) => !passed(outcome)).length;
    if (values.json) {
      const last = outcomes.at(-1)!;
      out(
        JSON.stringify({
          type: 'result',
          status:
            failed === 0 ? last.result.status : outcomes.find((o) => !passed(o))!.result.status,
          passed: failed === 0,
          path: last.result.path,
          runs: outcomes.length,
          failed,
          failures: outcomes.flatMap((outcome) => outcome.failures),
          // Only when there are some, so a run that hung up everything prints what it did before.
          ...legsLeftUpField(outcomes),
          // What reproduces this run exactly (with the same flow, scenarios and options).
          ...(values.profile === undefined ? { seed, clock: speed } : {}),
        }),
      );
    } else if (total > 1) {
      out(`${outcomes.length - failed} of ${outcomes.length} runs passed.`);
    }
    // After the result line, so a report that cannot be written does not hide how the runs went.
    if (values.junit) {
      await writeJunit(values.junit, junitReport(flow.name, outcomes), failed, outcomes.length);
    }
    return failed === 0 ? EXIT.ok : EXIT.failed;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await Promise.all(targets.map((target) => target.close()));
  }
}

/** Opens `count` targets side by side; if one fails, closes the others and rethrows. */
async function openTargets(
  count: number,
  open: (lane: number) => Promise<RunTarget>,
): Promise<RunTarget[]> {
  const opened = await Promise.allSettled(Array.from({ length: count }, (_, lane) => open(lane)));
  const failure = opened.find((result) => result.status === 'rejected');
  if (failure === undefined) {
    return opened.map((result) => (result as PromiseFulfilledResult<RunTarget>).value);
  }
  await Promise.all(
    opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value.close()] : [])),
  );
  throw failure.reason;
}

/** `{ legsLeftUp }` of every run, or nothing when every leg was hung up. */
function legsLeftUpField(outcomes: ScenarioOutcome[]) {
  const legsLeftUp = outcomes.flatMap((outcome) => outcome.result.legsLeftUp);
  return legsLeftUp.length > 0 ? { legsLeftUp } : {};
}

function reportOutcome(
  out: (line: string) => void,
  outcome: ScenarioOutcome,
  index: number,
  total: number,
  detailed: boolean,
): void {
  const ok = passed(outcome);
  const label =
    total > 1 ? `run ${index + 1}/${total} "${outcome.scenario}"` : `"${outcome.scenario}"`;
  out(
    `${ok ? 'PASS' : 'FAIL'} ${label}: ${outcome.result.status} in ${(outcome.durationMs / 1000).toFixed(1)} s`,
  );
  if (detailed || !ok) out(`  path: ${outcome.result.path.join(' → ')}`);
  if (!ok) for (const line of describeFailure(outcome).split('\n')) out(`  ${line}`);
}
