import { readFile } from 'node:fs/promises';
import { scenarioSchema } from './scenario-schema';
import type { Scenario } from './scenario-schema';

/** A scenario file that cannot be used, with every problem named by its place in the file. */
export class ScenarioError extends Error {
  constructor(path: string, problems: string[]) {
    super(
      `${path} is not a usable scenario:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
    this.name = 'ScenarioError';
  }
}

/** Reads and checks a scenario file. */
export async function loadScenario(path: string): Promise<Scenario> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScenarioError(path, [
      code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`,
    ]);
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ScenarioError(
      path,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
