/** Scenario files: the examples, broken as files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { jsonFileText } from './damaged-json';

/** The example scenarios as plain JSON. */
export const EXAMPLE_SCENARIOS: readonly Record<string, unknown>[] = readdirSync(
  'assets/examples/scenarios',
)
  .sort()
  .flatMap((folder) =>
    readdirSync(join('assets/examples/scenarios', folder))
      .sort()
      .map((name) =>
        JSON.parse(readFileSync(join('assets/examples/scenarios', folder, name), 'utf8')),
      ),
  );

/** A scenario file's text: any of the examples, broken in any way. */
export const scenarioFileText: Arbitrary<string> = fc
  .constantFrom(...EXAMPLE_SCENARIOS)
  .chain((scenario) => jsonFileText(scenario));
