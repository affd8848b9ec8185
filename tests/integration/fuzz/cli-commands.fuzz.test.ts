import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError, EXIT } from '../../../electron/cli/cli-error';
import { simCommand } from '../../../electron/cli/commands/sim-command';
import { runCommand } from '../../../electron/cli/run/run-command';
import {
  argv,
  EXAMPLE_SCENARIOS,
  expectClearMessage,
  FUZZ_TIMEOUT_MS,
  isKnownCliError,
  jsonFileText,
  oddString,
  optionValue,
  runs,
  scenarioFileText,
} from '../../unit/fuzz/fuzz-inputs';

/**
 * The CLI commands that start servers and runs, in process: `legflow sim` with any options (it
 * starts on a free port and, with Ctrl+C pressed at once, stops), `legflow run` on real flows with
 * any options and scenario files; then a handful of command lines through the built `legflow`, as
 * a user runs it. Every one ends in a result or a clear message, never "This is a bug".
 */

// `legflow sim` waits for Ctrl+C; here it is pressed as soon as the simulator is up.
vi.mock('../../../electron/cli/commands/wait-for-interrupt', () => ({
  waitForInterrupt: () => Promise.resolve(),
}));

let folder: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'legflow-fuzz-cli-run-'));
  files.folder = folder;
  files.missing = join(folder, 'no', 'such', 'file.json');
  files.phonebook = join(folder, 'phonebook.json');
  files.scenario = join(folder, 'fuzz.scenario.json');
  files.junit = join(folder, 'report.xml');
  files.readOnly = '/proc/legflow-fuzz-report.xml';
  await mkdir(join(folder, 'sub'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

type Command = (args: string[], out: (line: string) => void) => Promise<number>;

/** Runs a command as legflow.ts does; its lines, and the exit code or the clear error. */
async function expectCleanExit(command: Command, args: string[]): Promise<string[]> {
  const lines: string[] = [];
  try {
    const code = await command(args, (line) => lines.push(line));
    expect([EXIT.ok, EXIT.failed, EXIT.usage]).toContain(code);
  } catch (error) {
    if (!isKnownCliError(error, CliError)) {
      throw new Error(`legflow would say "This is a bug" for ${JSON.stringify(args)}`, {
        cause: error,
      });
    }
    expectClearMessage((error as Error).message);
  }
  return lines;
}

/** A file an option names: a prepared one, a missing one, a folder, or odd text. */
const fileOption = fc.oneof(
  fc
    .constantFrom('phonebook', 'scenario', 'missing', 'folder', 'junit', 'readOnly')
    .map((key) => files[key]!),
  oddString.map((text) => join(folder, 'sub', text.replace(/\0/g, ''))),
);

/**
 * Keeps a command line on this machine and in seconds: a port the fuzz names becomes 0 (any free
 * one, never one another test is using), a host is one that needs no DNS look-up.
 */
function tamed(args: string[]): string[] {
  const out: string[] = ['--port', '0'];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--(port|host)=(.*)$/s.exec(arg);
    if (inline) out.push(`--${inline[1]}=${safeValue(inline[1]!, inline[2]!)}`);
    else if ((arg === '--port' || arg === '--host') && i + 1 < args.length) {
      out.push(arg, safeValue(arg.slice(2), args[i + 1]!));
      i++;
    } else out.push(arg);
  }
  return out;
}

function safeValue(option: string, value: string): string {
  if (option === 'port') return /^\d+$/.test(value) && Number(value) <= 65535 ? '0' : value;
  return ['127.0.0.1', 'localhost', '::1', ''].includes(value) ? value : '127.0.0.1';
}

describe('CLI commands (fuzz)', () => {
  it(
    'sim: any options start a simulator or end in a clear message',
    async () => {
      const options = [
        'host',
        'port',
        'speed',
        'seed',
        'rate-limit',
        'account',
        'key',
        'token',
        'faults',
        'phonebook',
      ];
      const line = fc.oneof(
        { weight: 3, arbitrary: argv(options, oddString) },
        { weight: 1, arbitrary: fileOption.map((path) => ['--phonebook', path]) },
      );
      const phonebook = jsonFileText({
        format: 'legflow.phonebook',
        version: 1,
        entries: [{ number: '09876500001', persona: { behaviour: 'busy' } }],
      });
      await fc.assert(
        fc.asyncProperty(line, phonebook, async (args, text) => {
          await writeFile(files.phonebook!, text);
          await expectCleanExit(simCommand, tamed(args));
        }),
        { numRuns: runs('heavy') * 2 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'run: a real flow with any options and scenario files ends in a result or a clear message',
    async () => {
      const examples = ['click-to-call', 'ivr-menu', 'appointment-reminder'] as const;
      // Mostly values a user would type, so runs happen; now and then any value at all.
      const plausible: Record<string, fc.Arbitrary<string>> = {
        seed: fc.nat().map(String),
        faults: fc.constantFrom('500=0.2', '429=0.3', 'drop=0.2,dup=0.2,reorder=0.2', '500=1'),
        timeout: fc.integer({ min: 1, max: 604_800 }).map(String),
        'rate-limit': fc.nat(1_000).map(String),
      };
      const valueOf = (option: string) =>
        fc.option(
          fc
            .oneof(
              { weight: 12, arbitrary: plausible[option]! },
              { weight: 1, arbitrary: optionValue },
            )
            .map((value) => [`--${option}`, value]),
          { freq: 2 },
        );
      const line = fc.record({
        example: fc.constantFrom(...examples),
        // Mostly a scenario that fits the flow, so runs happen; sometimes a broken file.
        scenario: fc.oneof(
          { weight: 3, arbitrary: fc.nat().map((pick) => ({ pick })) },
          { weight: 1, arbitrary: scenarioFileText.map((text) => ({ text })) },
        ),
        options: fc.tuple(
          valueOf('seed'),
          valueOf('faults'),
          valueOf('timeout'),
          valueOf('rate-limit'),
          fc.option(fileOption.map((path) => ['--junit', path])),
          fc.constantFrom([], ['--json'], ['--sim']),
        ),
        // Now and then, a token of anything at all.
        noise: fc.oneof(
          { weight: 8, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: argv(['seed', 'timeout', 'faults', 'json'], oddString) },
        ),
        repeat: fc.nat(2),
        lanes: fc.nat(2),
      });
      await fc.assert(
        fc.asyncProperty(line, async ({ example, scenario, options, noise, repeat, lanes }) => {
          const scenarios = readdirSync(join('assets/examples/scenarios', example));
          const text =
            'text' in scenario
              ? scenario.text
              : await readFile(
                  join(
                    'assets/examples/scenarios',
                    example,
                    scenarios[scenario.pick % scenarios.length]!,
                  ),
                  'utf8',
                );
          await writeFile(files.scenario!, text);
          const args = options.flatMap((option) => option ?? []);
          // Exact and quick: the instant clock, at most a few runs; the fuzzed options come after.
          const full = [
            `assets/examples/${example}.legflow.json`,
            '--scenario',
            files.scenario!,
            ...args,
            ...noise,
            '--speed',
            'instant',
            '--repeat',
            String(repeat + 1),
            '--concurrency',
            String(lanes + 1),
          ];
          const lines = await expectCleanExit(runCommand, full);
          // With --json, a run that ran says how it went on its last line.
          if (args.includes('--json') && lines.length > 0) {
            expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: 'result' });
          }
        }),
        { numRuns: runs('heavy') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'the built legflow prints a clear message for any command line, never a stack trace',
    async () => {
      const scenario = JSON.stringify(EXAMPLE_SCENARIOS[0]);
      await writeFile(files.scenario!, scenario);
      const commandLine = fc
        .oneof(
          argv(['json', 'node', 'timeout', 'speed', 'seed', 'repeat'], oddString).map((args) => [
            'validate',
            ...args,
          ]),
          argv(['node'], fc.constant('assets/examples/ivr-menu.legflow.json')).map((args) => [
            'exoml',
            ...args,
          ]),
          fc
            .tuple(
              fc.constantFrom('timeout', 'speed', 'seed', 'repeat', 'concurrency'),
              optionValue,
            )
            .map(([option, value]) => [
              'run',
              'tests/fixtures/flows/problems.legflow.json',
              `--${option}`,
              value,
            ]),
          oddString.map((command) => [command]),
        )
        // No process can be given a NUL in an argument: the system's argv ends strings there.
        .filter((args) => args.every((arg) => !arg.includes('\u0000')));
      // Few: each is a Node process of its own.
      await fc.assert(
        fc.asyncProperty(commandLine, async (args) => {
          const result = spawnSync(process.execPath, ['bin/legflow.js', ...args], {
            encoding: 'utf8',
            timeout: 15_000,
          });
          const what = JSON.stringify(args);
          expect([EXIT.ok, EXIT.failed, EXIT.usage], `${what}\n${result.stderr}`).toContain(
            result.status,
          );
          if (result.stderr) expectClearMessage(result.stderr);
          expect(result.stderr, what).not.toContain('Warning:');
        }),
        { numRuns: 3 },
      );
      expect(await readFile(files.scenario!, 'utf8')).toBe(scenario);
    },
    FUZZ_TIMEOUT_MS,
  );
});
