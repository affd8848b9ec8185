import type { FlowDocument } from '../../shared/flow';
import { dialPlan } from '../../shared/flow';
import type { PlannedCall } from '../../shared/flow';
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
 * Why a live run of the flow cannot be agreed to: a number only decided during the run (a
 * template no flow variable fills, such as the digits a caller types). Confirming "{{digits}}"
 * as text would let the run ring whatever the caller typed. Undefined when every number is known.
 */
export function undecidedNumbersProblem(
  flow: FlowDocument,
  calls: readonly PlannedCall[] = dialPlan(flow),
): string | undefined {
  const undecided = calls.filter((call) => call.unresolved.length > 0);
  if (undecided.length === 0) return undefined;
  const names = [...new Set(undecided.flatMap((call) => call.unresolved))];
  const nodes = undecided.map(
    (call) => `“${flow.nodes.find((node) => node.id === call.nodeId)?.label || call.nodeId}”`,
  );
  const templates = names.map((name) => `{{${name}}}`).join(', ');
  return (
    `${nodes.join(', ')} would dial a number only known once the run is going (${templates}), ` +
    `and a live run dials only numbers confirmed before it starts. Write the number in the ` +
    `node, or give ${names.length === 1 ? 'it a value' : 'them values'} in the flow's ` +
    `variables; run it on the Simulator to try it with any number.`
  );
}

/**
 * Refuses a live run that would dial a number nobody confirmed, or could not confirm. The UI
 * asks before it starts; this is the backend's own check, so no other caller (or a flow edited
 * meanwhile) rings a stranger's phone. Returns the numbers the run may dial: those planned, all
 * confirmed; the run itself then dials no other (dial-guard).
 */
export function checkConsent(
  profile: string,
  flow: FlowDocument,
  confirmed: readonly string[],
): string[] {
  const undecided = undecidedNumbersProblem(flow);
  if (undecided !== undefined) throw new RunRefusal('number-unknown', undecided);
  const missing = unconfirmedNumbers(flow, confirmed);
  if (missing.length === 0) return [...new Set(dialPlan(flow).map((call) => call.number))];
  const list = missing.map((number) => number || '(an empty number)').join(', ');
  throw new RunRefusal(
    'not-confirmed',
    `A run on “${profile}” rings real phones, so every number it dials must be confirmed first. Not confirmed: ${list}.`,
  );
}
