import type { FlowDocument } from '../../shared/flow';
import { flowCoverage } from '../../shared/flow-tests';
import type { FlowCoverage } from '../../shared/flow-tests';
import type { FlowTestsState } from './flow-tests-store';

/**
 * What the tests' last results cover of the flow as it is now, or null before any has run.
 * Each scenario counts by its latest result, so running one test updates the share.
 */
export function testsCoverage(
  flow: FlowDocument,
  state: Pick<FlowTestsState, 'scenarios' | 'results'>,
): FlowCoverage | null {
  const runs = state.scenarios.flatMap((scenario) => state.results[scenario.name] ?? []);
  return runs.length === 0 ? null : flowCoverage(flow, runs);
}
