import { dialPlan } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';

/**
 * The numbers the flow dials that are known before a run (its Outbound calls' numbers, templates
 * filled from the flow's variables): the ones worth offering to ring on the virtual phone.
 */
export function numbersDialledBy(flow: FlowDocument): string[] {
  const known = dialPlan(flow)
    .filter((call) => call.unresolved.length === 0 && call.number.trim() !== '')
    .map((call) => call.number.trim());
  return [...new Set(known)];
}
