import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { TESTS_FILE_FORMAT, TESTS_FILE_VERSION } from '../../shared/flow-tests/tests-file-shape';
import { scenarioSchema } from '../scenario/scenario-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { writeFileAtomic } from '../storage/atomic-write';

/**
 * A flow's tests file: `{ "format": "legflow.tests", "version": 1, "scenarios": [...] }`, each
 * scenario in the format `legflow run --scenario` reads. Names are unique, so a result, a JUnit
 * case and "run one" can each name a scenario.
 */
export const testsFileSchema = z.strictObject({
  format: z.literal(TESTS_FILE_FORMAT),
  version: z.literal(TESTS_FILE_VERSION),
  scenarios: z.array(scenarioSchema),
});

/** A name used by an earlier scenario, by its place; checked apart so all problems show at once. */
function repeatedNames(raw: unknown): string[] {
  const scenarios = (raw as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(scenarios)) return [];
  const seen = new Set<string>();
  return scenarios.flatMap((scenario: unknown, index) => {
    const name = (scenario as { name?: unknown } | null)?.name ?? 'scenario';
    if (typeof name !== 'string') return [];
    const repeated = seen.has(name);
    seen.add(name);
    return repeated
      ? [
          `scenarios.${index}.name: "${name}" is the name of an earlier scenario; each needs its own`,
        ]
      : [];
  });
}

/** A tests file that cannot be used, with every problem named by its place in the file. */
export class FlowTestsError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path} is not a usable tests file:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'FlowTestsError';
  }
}

/** `scenarios.2.parties.0916….digits.0`: where in the file a problem is. */
function placeOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || 'the file';
}

/** Checks scenarios before they are written or run: the same rules as a file read from disk. */
export function checkScenarios(scenarios: unknown, path: string): Scenario[] {
  return parseTestsFile(
    { format: TESTS_FILE_FORMAT, version: TESTS_FILE_VERSION, scenarios },
    path,
  );
}

function parseTestsFile(raw: unknown, path: string): Scenario[] {
  const parsed = testsFileSchema.safeParse(raw);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${placeOf(issue.path)}: ${issue.message}`)),
    ...repeatedNames(raw),
  ];
  if (problems.length > 0) throw new FlowTestsError(path, problems);
  return parsed.data!.scenarios;
}

/** Parses a tests file's text; `path` is only for the messages. */
export function parseFlowTests(text: string, path: string): Scenario[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FlowTestsError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseTestsFile(raw, path);
}

/** Known persona fields first, in this order; any other after them, sorted. */
const PERSONA_KEYS = ['behaviour', 'answerAfter', 'answeredBy', 'digits', 'hangupAfter'];

function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  const rank = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries) as T;
}

function orderScenario(scenario: Scenario) {
  const parties = Object.fromEntries(
    Object.entries(scenario.parties).map(([number, persona]) => [
      number,
      ordered(persona, PERSONA_KEYS),
    ]),
  );
  return {
    name: scenario.name,
    ...(Object.keys(parties).length > 0 && { parties }),
    ...(scenario.incoming.length > 0 && {
      incoming: scenario.incoming.map((call) => ordered(call, ['from', 'to', 'after'])),
    }),
    expect: ordered(scenario.expect, ['status', 'path', 'legs']),
  };
}

/**
 * The text of a tests file: scenarios in the order given, keys in a fixed order, two-space
 * indents, one path step a line, a final newline; so editing one scenario changes its lines only.
 */
export function serializeFlowTests(scenarios: readonly Scenario[]): string {
  const file = {
    format: TESTS_FILE_FORMAT,
    version: TESTS_FILE_VERSION,
    scenarios: scenarios.map(orderScenario),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A tests file as read: its scenarios and modification time. */
export interface ReadFlowTests {
  scenarios: Scenario[];
  modifiedMs: number;
}

/** Reads a tests file; null when there is none (a flow with no tests yet). */
export async function readFlowTests(path: string): Promise<ReadFlowTests | null> {
  let text: string;
  let modifiedMs: number;
  try {
    modifiedMs = (await stat(path)).mtimeMs;
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw new FlowTestsError(path, ['it is a folder, not a file']);
    throw error;
  }
  return { scenarios: parseFlowTests(text, path), modifiedMs };
}

/** Checks and writes a tests file atomically; returns its new modification time. */
export async function writeFlowTests(path: string, scenarios: unknown): Promise<number> {
  const text = serializeFlowTests(checkScenarios(scenarios, path));
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
  return (await stat(path)).mtimeMs;
}
