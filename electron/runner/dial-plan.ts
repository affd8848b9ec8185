import type { FlowDocument } from '../../shared/flow';
import { substituteTemplates } from '../../shared/flow';

/** One number a run may dial, and the node that dials it. */
export interface PlannedCall {
  nodeId: string;
  leg: string | null;
  number: string;
}

/**
 * The numbers a run of this flow may dial, before it starts: what a person confirms before a
 * live run rings real phones. Templates are filled from the given variables where they can be.
 */
export function dialPlan(
  flow: FlowDocument,
  variables: Record<string, string> = {},
): PlannedCall[] {
  const known = { ...flow.variables, ...variables };
  return flow.nodes
    .filter((node) => node.kind === 'outbound-call')
    .map((node) => ({
      nodeId: node.id,
      leg: node.leg,
      number: substituteTemplates(String(node.params.contact_uri ?? ''), known, true),
    }));
}
