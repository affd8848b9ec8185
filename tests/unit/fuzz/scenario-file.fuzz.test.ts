import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError } from '../../../electron/scenario/load-scenario';
import { scenarioSchema } from '../../../electron/scenario/scenario-schema';
import { expectClearMessage, FUZZ_TIMEOUT_MS, runs, scenarioFileText } from './fuzz-inputs';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'legflow-fuzz-scenario-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('scenario files (fuzz)', () => {
  it(
    'any file text loads as a scenario or is refused naming each problem',
    async () => {
      const file = join(folder, 'fuzz.scenario.json');
      await fc.assert(
        fc.asyncProperty(scenarioFileText, async (text) => {
          await writeFile(file, text);
          const outcome = await loadScenario(file).catch((error: unknown) => {
            if (error instanceof ScenarioError) return error;
            throw error;
          });
          if (outcome instanceof ScenarioError) {
            expectClearMessage(outcome.message);
            expect(outcome.message).toContain(file);
          } else {
            // What loads is a scenario the run can use as it is.
            expect(scenarioSchema.parse(outcome)).toEqual(outcome);
          }
        }),
        { numRuns: runs('io') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
