import type { FlowDocument } from './flow-document';
import { substituteTemplates, templateNames } from './templates';

/** One number a run may dial, and the node that dials it. */
export interface PlannedCall {
  nodeId: string;
  leg: string | null;
  number: string;
  /**
   * The templates left in `number` because no known variable fills them (`{{digits}}`): the
   * number is only decided while the run goes, so nobody can confirm it beforehand.
   */
  unresolved: string[];
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
    .map((node) => {
      const written = String(node.params.contact_uri ?? '');
      return {
        nodeId: node.id,
        leg: node.leg,
        number: substituteTemplates(written, known, true),
        unresolved: templateNames(written).filter((name) => !Object.hasOwn(known, name)),
      };
    });
}
