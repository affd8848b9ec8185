import type { FlowDocument } from '../../shared/flow';
import { dialPlan } from '../runner';
import { RunRefusal } from './run-refusal';

/** The numbers a run of this flow would dial that the person did not confirm. */
export function unconfirmedNumbers(flow: FlowDocument, confirmed: readonly string[]): string[] {
  const yes = new Set(confirmed);
  const missing = dialPlan(flow)
    .map((call) => call.number)
    .filter((number) => !yes.has(number));
  return [...new Set(missing)];
}

/**
 * Refuses a live run that would dial a number nobody confirmed. The UI asks before it starts;
 * this is the backend's own check, so no other caller (or a flow edited meanwhile) rings a
 * stranger's phone.
 */
export function checkConsent(profile: string, flow: FlowDocument, confirmed: readonly string[]) {
  const missing = unconfirmedNumbers(flow, confirmed);
  if (missing.length === 0) return;
  const list = missing.map((number) => number || '(an empty number)').join(', ');
  throw new RunRefusal(
    'not-confirmed',
    `A run on “${profile}” rings real phones, so every number it dials must be confirmed first. Not confirmed: ${list}.`,
  );
}
