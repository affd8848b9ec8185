import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNodeExoml } from '../../../shared/exoml';
import {
  dialPlan,
  FlowLoadError,
  loadFlow,
  serializeFlow,
  validateFlow,
} from '../../../shared/flow';
import type { FlowDocument } from '../../../shared/flow';
import {
  expectClearMessage,
  flowFileText,
  FUZZ_TIMEOUT_MS,
  runs,
  wellFormedOddFlow,
} from './fuzz-inputs';

/** A flow, or the FlowLoadError that says why not; anything else thrown fails the property. */
function load(text: string): FlowDocument | FlowLoadError {
  try {
    return loadFlow(text);
  } catch (error) {
    if (error instanceof FlowLoadError) return error;
    throw error;
  }
}

/** What every command does with a loaded flow: validate it, plan its calls, preview its ExoML. */
function useLoaded(flow: FlowDocument): void {
  for (const problem of validateFlow(flow)) expectClearMessage(problem.message);
  dialPlan(flow);
  for (const node of flow.nodes) compileNodeExoml(node);
  // What the app saves reads back, and saves again to the same text (positions are rounded).
  const saved = serializeFlow(flow);
  expect(serializeFlow(loadFlow(saved))).toBe(saved);
}

describe('flow files (fuzz)', () => {
  it(
    'any file text loads as a flow or is refused with a list of plain problems',
    () => {
      fc.assert(
        fc.property(flowFileText, (text) => {
          const outcome = load(text);
          if (outcome instanceof FlowLoadError) {
            expect(outcome.problems.length).toBeGreaterThan(0);
            for (const problem of outcome.problems) expectClearMessage(problem);
          } else useLoaded(outcome);
        }),
        { numRuns: runs('pure') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a flow that passes the schema but is odd inside validates without throwing',
    () => {
      fc.assert(
        fc.property(wellFormedOddFlow, (document) => {
          const outcome = load(JSON.stringify(document));
          if (outcome instanceof FlowLoadError) {
            for (const problem of outcome.problems) expectClearMessage(problem);
          } else useLoaded(outcome);
        }),
        { numRuns: runs('pure') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
