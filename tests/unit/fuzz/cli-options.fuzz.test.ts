import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../../electron/cli/cli-error';
import { exomlCommand } from '../../../electron/cli/commands/exoml-command';
import { parsePort } from '../../../electron/cli/commands/port-option';
import { validateCommand } from '../../../electron/cli/commands/validate-command';
import { runCommand } from '../../../electron/cli/run/run-command';
import {
  argv,
  FUZZ_TIMEOUT_MS,
  expectClearMessage,
  flowFileText,
  isKnownCliError,
  oddString,
  optionValue,
  runs,
  scenarioFileText,
} from './fuzz-inputs';

/**
 * The in-process half of the CLI's fuzz: option parsing and flow reading, never a simulator.
 * `run` gets only flows it must refuse, so it parses every option and stops before dialling;
 * tests/integration/fuzz/cli-commands.fuzz.test.ts runs real flows and `sim`.
 */

let folder: string;
/** Files the generated command lines point at. */
const files: Record<string, string> = {};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'legflow-fuzz-cli-'));
  files.problems = 'tests/fixtures/flows/problems.legflow.json';
  files.broken = 'tests/fixtures/flows/broken-references.legflow.json';
  files.notAFlow = 'package.json';
  files.folder = folder;
  files.missing = join(folder, 'missing.legflow.json');
  files.fuzzFlow = join(folder, 'fuzz.legflow.json');
  files.fuzzScenario = join(folder, 'fuzz.scenario.json');
  await writeFile(files.fuzzFlow, '{}');
  await writeFile(files.fuzzScenario, '{}');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

type Command = (args: string[], out: (line: string) => void) => Promise<number>;

/** Runs a command as legflow.ts does, and checks the person at the terminal is told clearly. */
async function expectCleanExit(command: Command, args: string[]): Promise<void> {
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
}

/** A positional: one of the prepared files (one holding a fuzzed flow), or odd text. */
const flowPath = fc.oneof(
  fc
    .constantFrom('problems', 'broken', 'notAFlow', 'folder', 'missing', 'fuzzFlow')
    .map((k) => files[k]!),
  oddString,
);

/** A command line with a flow first, as people type it, and options (now and then more). */
function oneFlow(
  options: readonly string[],
  path: fc.Arbitrary<string>,
  value: fc.Arbitrary<string> = optionValue,
): fc.Arbitrary<string[]> {
  return fc
    .tuple(fc.option(path, { freq: 6 }), argv(options, path, 1, value))
    .map(([first, rest]) => (first === null ? rest : [first, ...rest]));
}

/** Writes this case's fuzzed flow and scenario, then gives its command line. */
function withFiles(args: fc.Arbitrary<string[]>) {
  return fc.tuple(flowFileText, scenarioFileText, args);
}

describe('CLI options (fuzz)', () => {
  it(
    'validate: any command line ends in a result or a clear message',
    async () => {
      await fc.assert(
        fc.asyncProperty(withFiles(oneFlow(['json'], flowPath)), async ([flow, scenario, args]) => {
          await writeFile(files.fuzzFlow!, flow);
          await writeFile(files.fuzzScenario!, scenario);
          await expectCleanExit(validateCommand, args);
        }),
        { numRuns: runs('io') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'exoml: any command line ends in a result or a clear message',
    async () => {
      const args = fc.oneof(
        oneFlow(['node'], flowPath),
        // A good flow and an odd --node: the message lists the flow's nodes.
        fc
          .tuple(
            optionValue,
            fc.constantFrom('assets/examples/ivr-menu.legflow.json', files.fuzzFlow!),
          )
          .map(([node, path]) => [path, '--node', node]),
      );
      await fc.assert(
        fc.asyncProperty(withFiles(args), async ([flow, scenario, line]) => {
          await writeFile(files.fuzzFlow!, flow);
          await writeFile(files.fuzzScenario!, scenario);
          await expectCleanExit(exomlCommand, line);
        }),
        { numRuns: runs('io') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'run: any option, on a flow it must refuse, ends in a clear message before dialling',
    async () => {
      const options = [
        'sim',
        'profile',
        'scenario',
        'speed',
        'seed',
        'json',
        'junit',
        'repeat',
        'concurrency',
        'faults',
        'timeout',
        'rate-limit',
        'yes',
      ];
      // Values people type, mostly, so the command gets as far as the flow; now and then any.
      const usual = fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constantFrom('1', '2', '7', 'instant', '86400', '0.5', '500=0.1'),
        },
        { weight: 1, arbitrary: optionValue },
      );
      // Only flows that cannot run: `run` must stop at them, whatever the options say.
      const refusedFlow = fc.oneof(
        fc
          .constantFrom('problems', 'broken', 'notAFlow', 'folder', 'missing')
          .map((k) => files[k]!),
        oddString.filter((text) => !text.endsWith('.json')),
      );
      await fc.assert(
        fc.asyncProperty(
          withFiles(oneFlow(options, refusedFlow, usual)),
          async ([flow, scenario, args]) => {
            await writeFile(files.fuzzFlow!, flow);
            await writeFile(files.fuzzScenario!, scenario);
            await expectCleanExit(runCommand, args);
          },
        ),
        { numRuns: runs('io') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    '--port takes 0 to 65535 and refuses anything else clearly',
    () => {
      fc.assert(
        fc.property(optionValue, (value) => {
          try {
            const port = parsePort(value);
            expect(Number.isInteger(port) && port >= 0 && port <= 65535).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(CliError);
            expectClearMessage((error as Error).message);
          }
        }),
        { numRuns: runs('pure') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
