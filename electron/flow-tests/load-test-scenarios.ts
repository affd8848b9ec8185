import { readFile } from 'node:fs/promises';
import { TESTS_FILE_FORMAT } from '../../shared/flow-tests/tests-file-shape';
import { loadScenario } from '../scenario/load-scenario';
import type { Scenario } from '../scenario/scenario-schema';
import { parseFlowTests } from './tests-file';

/**
 * The scenarios of a file given on the command line: every scenario of a tests file
 * (`"format": "legflow.tests"`), or the one scenario of a scenario file.
 */
export async function loadTestScenarios(path: string): Promise<Scenario[]> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const format = text === null ? undefined : formatOf(text);
  if (format === TESTS_FILE_FORMAT) return parseFlowTests(text!, path);
  return [await loadScenario(path)];
}

function formatOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { format?: unknown } | null)?.format;
  } catch {
    return undefined;
  }
}
